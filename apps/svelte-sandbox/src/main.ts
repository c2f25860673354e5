import { addFavicon } from '@belvo-widget/sandbox-kit'
import '@belvo-widget/sandbox-kit/sandbox.css'
import { mount } from 'svelte'
import App from './App.svelte'

addFavicon()
mount(App, { target: document.getElementById('app')! })

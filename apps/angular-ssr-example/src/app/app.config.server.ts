import { type ApplicationConfig, mergeApplicationConfig } from '@angular/core'
import { provideServerRendering, RenderMode, type ServerRoute, withRoutes } from '@angular/ssr'
import { appConfig } from './app.config'
import { provideServerSdkSrc } from './sdk-src'

// Rendered on each request (not prerendered at build time): the page reads the environment.
const serverRoutes: ServerRoute[] = [{ path: '**', renderMode: RenderMode.Server }]

export const config: ApplicationConfig = mergeApplicationConfig(appConfig, {
  providers: [provideServerRendering(withRoutes(serverRoutes)), provideServerSdkSrc()],
})

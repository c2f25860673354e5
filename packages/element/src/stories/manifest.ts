import type { ArgTypes } from '@storybook/web-components-vite'

/** The part of a custom elements manifest the stories read. */
export interface Manifest {
  modules: {
    declarations?: {
      tagName?: string
      attributes?: { name: string; description?: string; type?: { text: string } }[]
      members?: { name: string }[]
    }[]
  }[]
}

/**
 * Controls for each attribute of `tag` in the manifest: a switch for a boolean, a choice for a
 * closed set of values (several for a list), text otherwise. The same-named properties are left
 * out of the table: the stories set attributes, as a page's markup does.
 */
export function attributeArgTypes(manifest: unknown, tag: string): ArgTypes {
  const element = (manifest as Manifest).modules
    .flatMap((mod) => mod.declarations ?? [])
    .find((declaration) => declaration.tagName === tag)
  const argTypes: ArgTypes = {}
  for (const member of element?.members ?? []) argTypes[member.name] = { table: { disable: true } }
  for (const { name, description, type } of element?.attributes ?? []) {
    const text = type?.text ?? 'string'
    const options = text.match(/'[^']+'/g)?.map((quoted) => quoted.slice(1, -1))
    const list = text.endsWith('[]')
    // `status` is the element's output, shown by the story, not a setting.
    if (name === 'status') {
      argTypes[name] = { name, description, control: false, table: { category: 'attributes' } }
      continue
    }
    argTypes[name] = {
      name,
      description,
      table: { category: 'attributes', type: { summary: text } },
      ...(text === 'boolean'
        ? { control: 'boolean' }
        : options
          ? { control: list ? 'inline-check' : 'inline-radio', options }
          : { control: 'text' }),
    }
  }
  return argTypes
}

/** An attribute's text for an arg: lists joined by commas, booleans as present or `"false"`. */
export const attributeText = (value: unknown): string | null =>
  value === undefined || value === null || value === ''
    ? null
    : value === true
      ? ''
      : value === false
        ? 'false'
        : String(value)

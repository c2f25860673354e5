#!/usr/bin/env node
// Writes custom-elements.json, the custom elements manifest editors and Storybook read, with the
// analyzer's API: its CLI would fall back to analysing every file if this setup failed to load,
// and writes in place, which a test reading the file at the same time could catch half-written.
// The class's JSDoc gives the slots, events and states; the attribute-backed properties are
// defined from core's key lists at run time, so the plugin below adds them from the same lists,
// with the descriptions core's types give each key.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BELVO_SCRIPT_KEYS } from '@belvo-widget/core'
import { BELVO_CONFIG_KEYS, BELVO_CONFIG_VALUES } from '@belvo-widget/core/config'
import { create, ts } from '@custom-elements-manifest/analyzer'

const core = dirname(createRequire(import.meta.url).resolve('@belvo-widget/core/package.json'))
const kebab = (key) => key.replace(/[A-Z]/g, '-$&').replace(/_/g, '-').toLowerCase()

const root = fileURLToPath(new URL('..', import.meta.url))

/** The JSDoc of each member of the interface `name` in the source `file`, by key. */
function memberDocs(file, name) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), 99, true)
  const docs = {}
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === name) {
      for (const member of node.members) {
        const text = ts
          .getJSDocCommentsAndTags(member)
          .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
          .join(' ')
        docs[member.name.getText(source)] = text
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return docs
}

const union = (values) => values.map((value) => `'${value}'`).join(' | ')

function belvoAttributes() {
  return {
    name: 'belvo-attributes',
    packageLinkPhase({ customElementsManifest }) {
      const configDocs = memberDocs(join(core, 'src/types.ts'), 'BelvoStartupConfig')
      const scriptDocs = memberDocs(join(core, 'src/loader.ts'), 'LoadBelvoSdkOptions')
      const elementDocs = memberDocs(
        join(root, 'src/attributes.ts'),
        'BelvoWidgetElementAttributes',
      )
      const entries = [
        ...Object.entries(BELVO_CONFIG_KEYS).map(([key, kind]) => {
          const values = BELVO_CONFIG_VALUES[key]
          const type =
            kind === 'list'
              ? `${values ? `(${union(values)})` : 'string'}[]`
              : kind === 'boolean'
                ? 'boolean'
                : values
                  ? union(values)
                  : 'string'
          const how =
            kind === 'list'
              ? ' Attribute: comma-separated.'
              : kind === 'boolean'
                ? ' Attribute: present for true, `"false"` for false.'
                : ''
          return { key, type, description: `${configDocs[key] || `Belvo's \`${key}\`.`}${how}` }
        }),
        ...BELVO_SCRIPT_KEYS.map((key) => ({
          key,
          type:
            key === 'timeoutMs'
              ? 'number'
              : key === 'crossOrigin'
                ? union(['anonymous', 'use-credentials'])
                : 'string',
          description: scriptDocs[key] || `Script option \`${key}\`.`,
        })),
        // The element's own, documented in src/attributes.ts.
        ...[
          ['tokenUrl', 'string'],
          ['autoOpen', 'boolean'],
          ['prefetchOnIntent', 'boolean'],
        ].map(([key, type]) => ({ key, type, description: elementDocs[key] })),
        {
          key: 'prefetch',
          type: 'boolean',
          description: 'Former name of `prefetch-on-intent`.',
          deprecated: 'Use `prefetch-on-intent` (`prefetchOnIntent`), the name every binding uses.',
        },
      ]
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.name !== 'BelvoWidgetElement') continue
          // Private fields are no API; the one event dispatched with a computed name is
          // documented by the `@fires` tags.
          decl.members = (decl.members ?? []).filter((member) => !member.name.startsWith('#'))
          decl.events = (decl.events ?? []).filter((event) => event.name)
          decl.attributes ??= []
          for (const { key, type, description, deprecated } of entries) {
            const attribute = kebab(key)
            decl.attributes.push({
              name: attribute,
              fieldName: key,
              type: { text: type },
              description,
              ...(deprecated && { deprecated }),
            })
            decl.members.push({
              kind: 'field',
              name: key,
              type: { text: `${type} | undefined` },
              description,
              attribute,
              ...(deprecated && { deprecated }),
            })
          }
          decl.attributes.push({
            name: 'status',
            type: { text: "'idle' | 'loading' | 'open' | 'success' | 'exit' | 'error'" },
            description: "Set by the element (not read): the widget's status, for CSS.",
          })
        }
      }
    },
  }
}

const modules = ['src/element.ts', 'src/define.ts'].map((file) =>
  ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2015, true),
)
const manifest = create({ modules, plugins: [belvoAttributes()], context: { dev: false } })
const out = join(root, 'custom-elements.json')
// Written aside, then renamed over the old one: a reader sees either whole file.
const temporary = `${out}.${process.pid}.tmp`
writeFileSync(temporary, `${JSON.stringify(manifest, null, 2)}\n`)
renameSync(temporary, out)

import { parseAst } from 'vite'

/** A message as the source writes it: `defineMessages({ key: { id, defaultMessage } })`. */
export type SourceMessage = {
  id: string
  defaultMessage: string
  /** Where the defaultMessage's literal stands in the file, to replace it. */
  start: number
  end: number
}

type Node = { type: string; start: number; end: number; [key: string]: unknown }

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'

/**
 * Every message of a source file: each property of a `defineMessages({...})` call's object whose value
 * is `{ id: '…', defaultMessage: '…' }` with string literals (what @formatjs/cli extract also reads).
 */
export function extractMessages(code: string, filename: string): SourceMessage[] {
  if (!code.includes('defineMessages(')) return []
  const lang = filename.endsWith('.tsx') ? 'tsx' : 'ts'
  const program = parseAst(code, { lang }, filename)
  const found: SourceMessage[] = []
  walk(program as unknown as Node, (node) => {
    if (node.type !== 'CallExpression') return
    const callee = node.callee
    if (!isNode(callee) || callee.type !== 'Identifier' || callee.name !== 'defineMessages') return
    const [argument] = node.arguments as unknown[]
    if (!isNode(argument) || argument.type !== 'ObjectExpression') return
    for (const property of argument.properties as unknown[]) {
      if (!isNode(property) || property.type !== 'Property' || !isNode(property.value)) continue
      const message = readDescriptor(property.value)
      if (message) found.push(message)
    }
  })
  return found
}

function readDescriptor(node: Node): SourceMessage | null {
  if (node.type !== 'ObjectExpression') return null
  let id: string | null = null
  let text: { value: string; start: number; end: number } | null = null
  for (const property of node.properties as unknown[]) {
    if (!isNode(property) || property.type !== 'Property' || !isNode(property.key)) continue
    const key = property.key.name ?? property.key.value
    const value = stringValue(property.value)
    if (key === 'id' && value) id = value.value
    if (key === 'defaultMessage' && value) text = value
  }
  return id !== null && text !== null
    ? { id, defaultMessage: text.value, start: text.start, end: text.end }
    : null
}

// A string literal, or a template literal without expressions (for long messages over several lines).
function stringValue(node: unknown): { value: string; start: number; end: number } | null {
  if (!isNode(node)) return null
  if (node.type === 'Literal' && typeof node.value === 'string')
    return { value: node.value, start: node.start, end: node.end }
  if (node.type === 'TemplateLiteral' && Array.isArray(node.expressions) && node.expressions.length === 0) {
    const [quasi] = node.quasis as unknown[]
    if (!isNode(quasi)) return null
    const cooked = (quasi.value as { cooked?: unknown }).cooked
    if (typeof cooked === 'string') return { value: cooked, start: node.start, end: node.end }
  }
  return null
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node)
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit)
    } else if (isNode(value)) walk(value, visit)
  }
}

import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The files to read for the command line's arguments: files as given, folders searched recursively
 * for `*.txt` (sorted, so output order is stable). Unreadable paths are returned as errors.
 */
export function expandPaths(paths: readonly string[]): {
  files: string[]
  errors: Array<{ path: string; message: string }>
} {
  const files: string[] = []
  const errors: Array<{ path: string; message: string }> = []
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) {
        const found = walk(path)
        if (found.length === 0) errors.push({ path, message: 'folder holds no .txt files' })
        files.push(...found)
      } else {
        files.push(path)
      }
    } catch (error) {
      errors.push({ path, message: errorMessage(error) })
    }
  }
  return { files, errors }
}

function walk(dir: string): string[] {
  const out: string[] = []
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(path))
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) out.push(path)
  }
  return out
}

/** A file system error as a short sentence ("no such file or directory"). */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code)
    const known: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EISDIR: 'is a folder',
      EMFILE: 'too many open files',
    }
    if (known[code]) return known[code]
  }
  return error instanceof Error ? error.message : String(error)
}

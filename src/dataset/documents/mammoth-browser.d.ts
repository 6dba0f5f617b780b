// mammoth's browser build (one file, its zip and XML readers bundled, no Node modules): its Node entry
// reads a zip from a path or a Buffer, its browser entry from an ArrayBuffer, and only Vite (not
// Vitest, which runs Node) would pick the browser one by the package's "browser" field. Importing the
// built file gives both the same code. Its API is the package's own.
declare module 'mammoth/mammoth.browser.js' {
  import mammoth from 'mammoth'
  export default mammoth
}

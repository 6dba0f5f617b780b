// moment.js's locale files register themselves with moment and export nothing this app reads.
declare module 'moment/dist/locale/*'

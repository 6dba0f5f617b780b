import { z } from 'zod'

// zod compiles parsers with new Function() unless told not to; the page's Content-Security-Policy
// forbids eval, and even zod's probe for it would be reported as a violation. zod reads the setting
// when each object schema is made, so every schema module takes `z` from here, configured first.
z.config({ jitless: true })

export { z }

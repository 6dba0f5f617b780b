import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(cleanup)

// Waiting for a state (findBy…, waitFor) may take as long as a busy machine needs: the library's one
// second default is a guess about speed, and two test runs on two cores have stretched a render past it.
configure({ asyncUtilTimeout: 20_000 })

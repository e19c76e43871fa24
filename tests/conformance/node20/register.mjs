// Node 20 shim for the conformance suite (its build targets Node >= 22): `node --import ./node20/register.mjs`.
// The suite's bundle imports `globSync` from 'fs', which Node 20 lacks, so the import itself fails before any
// scenario runs. This hook hands the suite's modules an 'fs' that is Node's own plus that one function.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);

#!/usr/bin/env node
// Entry for `npx revops`: Node 24 runs the TypeScript sources directly (type stripping).
import '../src/cli.ts';

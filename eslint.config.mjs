import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['.next/**', '.data/**', 'tests/fixtures/**', 'lib/generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    // app/ talks to domain functions, never to the database directly (house style).
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/lib/db', '@/lib/db', '**/generated/prisma/*'], message: 'Call a lib/<domain> function instead of using the Prisma client in app/ or components/.' }] }],
    },
  },
];

export default config;

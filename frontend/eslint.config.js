// ESLint for the front end: typescript-eslint (type-aware), the rules of
// hooks, accessibility, Testing Library in tests, and the one-way import
// direction of the layout (shared → features → app). Prettier formats;
// eslint-config-prettier turns off every rule that would fight it.
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Every folder under src/features, so a new feature is fenced in as soon as it exists. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** Code any layer may use; it uses no feature and no part of the app. */
const shared = ['./src/components', './src/lib', './src/test', './src/gql']
/** The composition: router, providers, layout, and the entries. */
const app = ['./src/app', './src/main.tsx']

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'src/gql/', 'e2e/artifacts/', 'e2e/.scratch/']),

  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // Everything: the JavaScript rules that hold for any file.
  js.configs.recommended,

  // TypeScript: the app (tsconfig.app.json) and the build tooling (tsconfig.node.json).
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A callback may be given where a promise-returning one is awaited or ignored (onPress, onSubmit).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },

  // The single-page app and the explorer, in the browser.
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: globals.browser },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      // A scrolling region (a wide table) takes the focus so the keyboard can scroll it (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
      // bulletproof-react's zones: a feature never imports another feature; shared
      // code imports neither features nor the app; only the app composes features.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'A feature does not import another feature: move what both need into src/components or src/lib.',
            })),
            {
              target: './src/features',
              from: [...app, './src/graphiql'],
              message: 'Features do not import the app: the app composes features.',
            },
            {
              target: shared,
              from: ['./src/features', ...app, './src/graphiql'],
              message: 'Shared code does not import features or the app.',
            },
            {
              target: './src/graphiql',
              from: ['./src/features', ...app],
              message: 'The GraphQL explorer is its own entry and shares nothing with the app but shared code.',
            },
          ],
        },
      ],
    },
  },

  // Colocated tests: Testing Library's way of querying and waiting.
  {
    files: ['src/**/*.test.{ts,tsx}'],
    extends: [testingLibrary.configs['flat/react']],
  },

  // Node scripts: the build helpers, the browser tests and the configs. Functions
  // the browser tests hand to page.evaluate run in the page, hence browser globals.
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  prettier,
)

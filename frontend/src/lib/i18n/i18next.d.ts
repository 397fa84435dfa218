import 'i18next'
import type acting from './acting/id.json'
import type admin from './admin/id.json'
import type dashboards from './dashboards/id.json'
import type id from './id.json'
import type pages from './pages/id.json'
import type plans from './plans/id.json'
import type tools from './tools/id.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: {
      translation: typeof id & typeof pages
      dashboards: typeof dashboards
      admin: typeof admin
      tools: typeof tools
      plans: typeof plans
      acting: typeof acting
    }
  }
}

// The rules' metadata (no checking code), which build.mjs extracts from @probity/rules at build time.
declare module 'probity:rule-meta' {
  import type { RuleMeta } from '@probity/rules';
  const meta: readonly RuleMeta[];
  export default meta;
}

// Text files build.mjs bundles in as strings (sample-draft.md, the walkthrough's sample draft).
declare module '*.md' {
  const text: string;
  export default text;
}

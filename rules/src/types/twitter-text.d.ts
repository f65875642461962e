// The part of twitter-text's API that Probity uses (the package ships no types of its own).
declare module 'twitter-text' {
  interface ParsedTweet { weightedLength: number; valid: boolean; permillage: number }
  const twitter: { parseTweet(text: string): ParsedTweet };
  export default twitter;
}

// workplace-content: photos and posts from work can catch patients, records or equipment in shot
// (GMC social media guidance 18-19; Medical Council; AMA).
import { Q } from './guidance.js';
import { AT_WORK_NOW, AWAY_FROM_PATIENTS, CASE_FROM_WORK, CLINICAL_ACTS, IMAGE_PLATFORMS, IMAGING, IN_SHOT, PHOTO_WORDS, POINTS_AT_SHOWN, POSTING_AT_WORK, SCREENS, WORK_SETTINGS } from './lexicons/workplace.js';
import { defineRule, type Block, type Settings } from './types.js';
import { findAll, negatedBefore, wordList } from './util/patterns.js';

const SETTING = wordList(WORK_SETTINGS);
const SHOT = wordList(IN_SHOT);
const IMAGES = wordList(IMAGING);

interface Hit { start: number; end: number; why: string }

/** A photo the reader would send ("don't send me photos of your lips", "your photos"): not one taken at work. */
const READERS_PHOTO = /\b(?:send|sending|sent|DM|message|email|show)[ \t]+(?:me|us)[ \t]+(?:[\p{L}'’]+[ \t]+){0,2}?$|\byour[ \t]+(?:own[ \t]+)?$/iu;

function scan(block: Block, settings: Settings): Hit[] {
  const quoteAll = (ms: { text: string }[]) => ms.map((m) => `'${m.text}'`).join(', ');
  if (block.kind === 'imageAlt') {
    const seen = [...findAll(SETTING, block.prose), ...findAll(SHOT, block.prose)];
    return seen.length ? [{ start: 0, end: block.prose.length, why: `This image is taken at work (${quoteAll(seen)}) and may catch patients, records or equipment in shot` }] : [];
  }
  const hits: Hit[] = [];
  // On Instagram and TikTok the post is a photo or a video and this text its caption.
  const caption = IMAGE_PLATFORMS.has(settings.platform ?? '');
  for (const s of block.sentences) {
    const now = AT_WORK_NOW.exec(s.text);
    if (POSTING_AT_WORK.test(s.text) || now) {
      hits.push({ start: s.start, end: s.end, why: `This says it is posted from work, during a shift${now ? ` ('${now[0]}')` : ''}` });
      continue;
    }
    const act = CLINICAL_ACTS.exec(s.text);
    if (caption && act) {
      hits.push({ start: s.start, end: s.end, why: `This caption places its ${settings.platform === 'tiktok' ? 'video' : 'photo'} at work ('${act[0]}'), where patients, records or equipment may be in shot` });
      continue;
    }
    // "This week's worst call goes to." with the rest left to the picture: a case from work, shown.
    const shown = POINTS_AT_SHOWN.exec(s.text);
    const work = shown && CASE_FROM_WORK.exec(s.text.slice(0, shown.index));
    if (shown && work) {
      hits.push({ start: s.start, end: s.end, why: `This caption points at what the post shows ('${shown[0].trim()}') of a case from work ('${work[0]}'), where a patient or their record may be in shot` });
      continue;
    }
    const photo = PHOTO_WORDS.exec(s.text);
    if (!photo || negatedBefore(s.text, photo.index, 2) || READERS_PHOTO.test(s.text.slice(Math.max(0, photo.index - 30), photo.index))) continue;
    if (AWAY_FROM_PATIENTS.test(s.text)) continue;
    const seen = [...findAll(SETTING, s.text), ...findAll(SHOT, s.text), ...(act ? [{ text: act[0] }] : [])];
    // An X-ray counts when it was photographed off a screen or at work, not taken from a textbook.
    const images = findAll(IMAGES, s.text);
    if (images.length && (seen.length || SCREENS.test(s.text))) seen.push(...images);
    if (seen.length) hits.push({ start: s.start, end: s.end, why: `A photo from work (${quoteAll(seen)}) may catch patients, records or equipment in shot` });
  }
  return hits;
}

export default defineRule<Hit[]>({
  id: 'workplace-content',
  title: 'Check photos from work for patients and records',
  severity: 'warning',
  rationale: 'A selfie on the ward or in theatre can show a patient, a bed board, notes or a screen in the background. Take photos away from clinical areas, or check every corner of the frame.',
  guidance: { uk: [Q.gmcSm18, Q.gmcSm19], ie: [Q.mcPatients], us: [Q.amaPatients] },
  scan,
  report(block, hits) {
    return hits.map((h) => {
      const r = block.kind === 'imageAlt' ? { start: block.start, end: block.end } : block.toSource(h.start, h.end);
      return { ...r, message: h.why };
    });
  },
});

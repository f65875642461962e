// Ad labels and commercial cues (CAP Code 2.1, ASA influencer guidance, ASAI, FTC). Data only.

/** Labels that make an ad obviously identifiable when they stand at the start, per jurisdiction. */
export const AD_LABELS = {
  all: ['#ad', '#advert', '#advertisement', '#advertising', '#paidpartnership', '#paidpromotion',
    'ad', 'advert', 'advertisement', 'advertising', 'advertisement feature', 'paid partnership', 'paid promotion'],
  uk: [],
  ie: ['#gifted', 'gifted'],
  us: ['#sponsored', 'sponsored'],
} as const;

/** Label words without a '#' count only as the first words of a post, or followed by '|' or ':'. */
export const BARE_LABEL_START = /^[^\p{L}\p{N}#]{0,8}(?:ad|advert|advertisement|advertising|paid partnership|paid promotion|sponsored|gifted)\b(?:\s*[|:\-\u2013\u2014]|\s*$|\s+(?:with|by|for)\b)?/iu;

/** Tags and phrases that hint at a commercial tie but are not a clear label on their own. */
export const AMBIGUOUS_TAGS = ['#sp', '#spon', '#sponsored', '#sponsorship', '#collab', '#collaboration', '#gifted',
  '#gift', '#giftedbybrand', '#affiliate', '#client', '#partner', '#ambassador', '#brandambassador', '#pr',
  '#prgift', '#prproduct', 'in collaboration with', 'brought to you by'];

/** Cues that a post promotes something for money, each named for the message. */
export const COMMERCIAL_CUES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'discount code', pattern: /\b(?:[Cc]ode|CODE|[Vv]oucher|[Cc]oupon)\b[ \t]*(?::[ \t]*)?["'“‘]?([A-Z][A-Z0-9]{3,15})\b/g },
  { name: 'discount', pattern: /\b\d{1,2}[ \t]?% off\b|[£€$]\d+(?:\.\d\d)? off\b/gi },
  { name: 'paid partnership', pattern: /\b(?:paid partnership|sponsored by|in partnership with)\b/gi },
  { name: 'payment', pattern: /\b(?:paid|pays?|paying)[ \t]+me\b|\b(?:I|we)[ \t]+(?:earn|get|receive|make)[ \t]+(?:a[ \t]+)?(?:small[ \t]+)?commission\b/gi },
  { name: 'affiliate link', pattern: /\baffiliate[ \t]+links?\b/gi },
  { name: 'gifted product', pattern: /\b(?:for[ \t]+sending[ \t]+(?:me|us|over|these|this|through)|(?:sent|gifted)[ \t]+(?:me|us)[ \t]+(?:this|these|a|an|some|the)\b|PR[ \t]+(?:package|parcel|gift)s?|on[ \t]+the[ \t]+house|(?:hosted|comped)[ \t]+(?:me|us)|(?:complimentary|free)[ \t]+(?:stay|night|nights|break|weekend|treatments?|visit))\b/gi },
];

/** Words that recommend a product: an endorsement when the writer has a tie to its maker. */
export const ENDORSEMENT = /\b(?:recommend|recommended|reach[ \t]+for|go-to|favourite|favorite|love|loving|swear[ \t]+by|the[ \t]+one[ \t]+I|my[ \t]+pick|try|use|using)\b/i;

/** Calls to buy or book: commercial when the post also names a price, a code or the author's own service. */
export const SALES_CALLS = /\b(?:(?:DM|dm|message|inbox|email)[ \t]+(?:me[ \t]+|us[ \t]+)?(?:to|for)[ \t]+(?:book|order|buy|prices?|pricing)|book[ \t]+(?:now|today|yours|online|at|via|through|your[ \t]+(?:slot|appointment|consultation|place|spot))|sign[ \t]+up(?:[ \t]+(?:here|now|today))?|enrol(?:l?ment|ling|s)?|(?:buy|shop|order)[ \t]+(?:now|today|yours|here|online)|link[ \t]+in[ \t]+(?:my[ \t]+)?bio|limited[ \t]+(?:slots|spaces|places|availability)|slots[ \t]+(?:are[ \t]+)?(?:going|filling)|(?:this|next)[ \t]+(?:week|month)[ \t]+only|(?:starter|trial)[ \t]+(?:month|pack|kit|offer)|(?:grab|secure|claim|book)[ \t]+(?:a|your|one)[ \t]+(?:slot|spot|place|space|appointment)|(?:message|call|ring|email)[ \t]+(?:the|my|our)[ \t]+(?:clinic|salon|practice|team)|(?:until|before|ends?)[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Friday|Sunday|midnight))\b/gi;

/** A keyword call to action: "Comment TOX below", "DM GLOW for prices" (the keyword in capitals). */
export const KEYWORD_CALL = /\b(?:[Cc]omment|[Rr]eply|DM|[Mm]essage|[Tt]ext|[Ss]end)[ \t]+["'“‘]?[A-Z]{2,12}\b/g;

export const PRICE = /(?:[£€$][ \t]?\d[\d,]*(?:\.\d\d)?)|\b\d+(?:\.\d\d)?[ \t]?(?:GBP|EUR|USD|quid)\b/g;

/** What the author sells as their own, after "my". */
const OWN_NOUNS = ['clinic', 'clinics', 'practice', 'lounge', 'studio', 'salon', 'spa', 'centre', 'center', 'business',
  'company', 'pharmacy', 'agency', 'label', 'course', 'courses', 'masterclass', 'programme', 'program', 'ebook',
  'e-book', 'book', 'app', 'supplement', 'supplements', 'range', 'brand', 'shop', 'store', 'product', 'products',
  'membership', 'webinar', 'webinars', 'workshop', 'workshops', 'coaching', 'consultation', 'consultations',
  'service', 'services', 'meal plan', 'meal plans', 'plans', 'boxes', 'serum', 'serums', 'merch', 'academy',
  'retreat', 'bootcamp', 'podcast'];
/** Words that end the phrase: "my desk between clinics" is not "my ... clinics". */
const PHRASE_BREAKS = ['between', 'at', 'in', 'on', 'the', 'a', 'an', 'and', 'or', 'of', 'for', 'with', 'to', 'from',
  'by', 'about', 'after', 'before', 'during', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'says', 'said',
  'who', 'which', 'that', 'when', 'where', 'patients', 'patient', 'friends', 'family', 'colleagues', 'team'];
// The regex is case-sensitive (so "My" and "my" are spelled out); each listed word allows a capital
// first letter itself.
const anyCase = (w: string) => w.replace(/^[a-z]/, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, '[ \\t]+');
/** What a doctor makes to sell, and the verbs of making it. */
// (Not "book" or "plan": "I've made it easy to book" sells nothing; "my book" is matched above.)
const MADE = ['blend', 'formula', 'supplement', 'range', 'programme', 'program', 'course', 'app', 'ebook', 'serum', 'cream', 'product', 'masterclass', 'membership'];
const MAKING = 'formulated|created|developed|designed|built|launched|written|wrote|made|put[ \\t]+together';
const PAID_SERVICES = 'treatments?|injections?|consultations?|appointments?|sessions?|courses?|programmes?';
const SERVICES = `${PAID_SERVICES}|clinics?|checks?|classes?|workshops?`;
const DONE_BY_ME = `(?:${['treatment', 'injection', 'procedure', 'consultation', 'appointment', 'session'].map(anyCase).join('|')})s?[ \\t]+(?:is[ \\t]+|are[ \\t]+)?(?:done|performed|carried[ \\t]+out|given|delivered)[ \\t]+by[ \\t]+me`
  + `|(?:${['consultation', 'appointment', 'session', 'review'].map(anyCase).join('|')})s?[ \\t]+with[ \\t]+me`
  + `|(?:[Ss]ee|[Vv]isit|[Bb]ook(?:[ \\t]+in)?[ \\t]+with)[ \\t]+me[ \\t]+at[ \\t]+\\p{Lu}[\\p{L}\\p{N}]*`
  + `|I[ \\t]+(?:offer|provide|sell)[ \\t]+(?:\\p{L}+[ \\t]+){0,3}?(?:${PAID_SERVICES})`
  + `|(?:${MADE.map(anyCase).join('|')})[ \\t]+(?:that[ \\t]+)?I(?:['’]ve|[ \\t]+have)?[ \\t]+(?:${MAKING})`
  + `|I(?:['’]ve|[ \\t]+have)[ \\t]+(?:${MAKING})[ \\t]+[^.!?\\n]{0,80}?\\b(?:${MADE.map(anyCase).join('|')})`;
/** Services an NHS team runs as well as a private one: the writer's own paid service only beside a price. */
const RUN_BY_US = `(?:I(?:['’]m|[ \\t]+am)?|[Ww]e(?:['’]re|[ \\t]+are)?)[ \\t]+(?:now[ \\t]+|also[ \\t]+|currently[ \\t]+)?(?:offering|providing|run(?:ning)?|launch(?:ing)?)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,3}?(?:${SERVICES})`
  + `|I[ \\t]+(?:prescribe|treat|consult|practi[sc]e|work)[ \\t]+(?:[\\p{L}]+[ \\t]+){0,2}?(?:through|at|via|for)[ \\t]+\\p{Lu}[\\p{L}'’-]*`;
const DESCRIBER = `(?!(?:${PHRASE_BREAKS.join('|')})\\b)[\\p{L}\\p{N}&'’-]+`;

const OWNED = `(?:${DESCRIBER}[ \\t]+){0,4}?(?:${OWN_NOUNS.map(anyCase).join('|')})`;

/** The author's own paid services and products: "my (new online ...) clinic/course/book", "done by me". */
export const OWN_SERVICE = new RegExp(`\\b(?:${DONE_BY_ME}|[Mm]y[ \\t]+${OWNED})\\b`, 'gu');

/**
 * "Our practice", "I'm running … clinics": the writer's own paid service beside a price, but just as
 * often an NHS team's free one ("our practice is running flu clinics, book now"), so alone they count
 * for nothing.
 */
export const OUR_SERVICE = new RegExp(`\\b(?:${RUN_BY_US}|[Oo]ur[ \\t]+${OWNED})\\b`, 'gu');

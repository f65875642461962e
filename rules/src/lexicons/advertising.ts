// Ad labels and commercial cues (CAP Code 2.1, ASA influencer guidance, ASAI, FTC). Data only.
import { fastRegExp } from '../util/fast-regexp.js';

/** Labels that make an ad obviously identifiable when they stand at the start, per jurisdiction. */
export const AD_LABELS = {
  // Not "#advertising": a topic tag (a post about the ASA's rulings), not a label on this post.
  all: ['#ad', '#advert', '#advertisement', '#paidpartnership', '#paidpromotion',
    'ad', 'advert', 'advertisement', 'advertising', 'advertisement feature', 'paid partnership', 'paid promotion'],
  uk: [],
  ie: ['#gifted', 'gifted'],
  us: ['#sponsored', 'sponsored'],
} as const;


/** Tags and phrases that hint at a commercial tie but are not a clear label on their own. */
export const AMBIGUOUS_TAGS = ['#sp', '#spon', '#sponsored', '#sponsorship', '#collab', '#collaboration', '#gifted',
  '#gift', '#giftedbybrand', '#affiliate', '#client', '#partner', '#ambassador', '#brandambassador', '#pr',
  '#prgift', '#prproduct', 'in collaboration with', 'brought to you by'];

/** A handle that may be a brand's: not a public body's or a charity's ("thanks to @NHSEngland", "ambassador for @MindCharity"). */
const BRAND_HANDLE = String.raw`@(?![\w.]{0,30}?(?:nhs|gov|hse|cdc|charity|trust|university|college|council|foundation|rcgp|rcn|bma|gmc))[\w.]{2,30}`;

/** Cues that a post promotes something for money, each named for the message. */
export const COMMERCIAL_CUES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'discount code', pattern: /\b(?:[Cc]ode|CODE|[Vv]oucher|[Cc]oupon)\b[ \t]*(?::[ \t]*)?["'“‘]?([A-Z][A-Z0-9]{3,15})\b/g },
  { name: 'discount', pattern: /\b\d{1,2}[ \t]?% off\b|[£€$]\d+(?:\.\d\d)? off\b/gi },
  { name: 'paid partnership', pattern: /\b(?:paid partnership|sponsored by|in partnership with)\b/gi },
  // "I've partnered with NutriCore", "working with @brand on their new SPF": a brand's tie (not the NHS's, a charity's or a colleague's).
  // (ASCII letters, unbounded runs: a brand's name is written in them, and recheck can then decide the pattern.)
  { name: 'partnership', pattern: /\b(?:teamed[ \t]+up|teaming[ \t]+up|partnered|partnering|collaborating|collaborated|[Cc]ollab|[Cc]ollaboration)[ \t]+with[ \t]+(?!(?:the[ \t]+)?(?:NHS|HSE|GP|GPs|my|our|local|charity|colleagues?)\b)(?:@[\w.]+|[A-Z][A-Za-z&'’-]+)|\bwork(?:ing|ed)?[ \t]+with[ \t]+(?:@[\w.]+|[A-Z][A-Za-z&'’-]+)[ \t]+on[ \t]+(?:their|its)[ \t]+(?:new|latest|launch)\b|\b(?:[Ww]ork(?:ing|ed)?|[Tt]eam(?:ing|ed)?[ \t]+up)[ \t]+with[ \t]+@[\w.]{2,30}[ \t]+(?:to|on)\b/g },
  { name: 'payment', pattern: /\b(?:paid|pays?|paying)[ \t]+me\b|\b(?:I|we)[ \t]+(?:may[ \t]+|might[ \t]+|could[ \t]+)?(?:earn|get|receive|make)[ \t]+(?:a[ \t]+)?(?:(?:small|tiny|little|wee)[ \t]+)?(?:commission|amount|fee|cut|percentage|kickback)\b/gi },
  // A link that carries the writer's referral tag ("…/duo?ref=sineadmw"), or TikTok Shop's basket a
  // creator sells through ("in the orange basket", #tiktokshop): each pays the writer per sale.
  { name: 'affiliate link', pattern: /[?&](?:ref|aff|affiliate|via|referrer|tag)=[\w-]{2,40}\b|\b(?:orange|yellow)[ \t]+(?:shopping[ \t]+)?(?:basket|cart)\b|#tiktokshop\w{0,12}/gi },
  // "… amzn.to/abc (affiliate)": the tag after a link says the link pays the writer.
  // "Links are affiliate", "shop my Amazon storefront", "free via my link": links that pay the writer.
  { name: 'affiliate link', pattern: /\baffiliate[ \t]+links?\b|\([ \t]*affiliate(?:[ \t]+links?)?[ \t]*\)|\blinks?[ \t]+(?:are|is)[ \t]+(?:an[ \t]+)?affiliate\b|\b(?:Amazon|LTK)[ \t]+(?:storefront|shop|store|favourites|favorites)\b|\bstorefront\b|\b(?:off|free|discount|deal|trial)\b[^.!?\n]{0,40}\b(?:via|with|through|using)[ \t]+my[ \t]+(?:link|code)\b|\b(?:links?|purchases?)[ \t]{1,3}(?:may|might|will|can|could)[ \t]{1,3}earn[ \t]{1,3}me\b|\bearn[ \t]{1,3}(?:me[ \t]{1,3})?(?:a[ \t]{1,3})?(?:(?:little|small|tiny)[ \t]{1,3})?commission\b|\b(?:use|using|tap|click|shop|grab[ \t]+(?:it|them|yours))[ \t]+(?:via[ \t]+)?my[ \t]+(?:affiliate[ \t]+)?link\b|\bmy[ \t]+link[ \t]+(?:in[ \t]+(?:my[ \t]+)?bio[ \t]+)?(?:for|gets?|saves?)[ \t]+(?:you[ \t]+)?(?:\d{1,2}[ \t]?%|[£€$][ \t]?\d|money|a[ \t]+discount|free)|(?<=#)(?:aff|affiliate|affiliatelink)\b/gi },
  // "I was sent this to review", "@brand asked me to try their new app": a brand's request is its gift.
  { name: 'gifted product', pattern: new RegExp(String.raw`\b(?:was|were|got|been|I['’]ve[ \t]+been)[ \t]+sent[ \t]+(?:this|these|it|them|a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?to[ \t]+(?:review|try|test)\b|${BRAND_HANDLE}[ \t]+(?:asked|invited)[ \t]+(?:me|us)[ \t]+to[ \t]+(?:try|test|review|share)\b`, 'gi') },
  { name: 'gifted product', pattern: /\b(?:for[ \t]+sending[ \t]+(?:me|us|over|these|this|through)|(?:sent|gifted)[ \t]+(?:me|us)[ \t]+(?:this|these|a|an|some|the)\b(?![ \t]+(?:(?:lovely|sweet|kind|short|little)[ \t]+)?(?:videos?|photos?|pictures?|pics?|clips?|messages?|cards?|letters?|links?|texts?|emails?|drawings?|updates?|news|notes?|words)\b)|PR[ \t]+(?:package|parcel|gift|haul|box|mail|send)s?|(?:the[ \t]+)?brands?[ \t]+(?:have[ \t]+)?sent[ \t]+(?:me|us|a)\b|on[ \t]+the[ \t]+house|(?:hosted|comped)[ \t]+(?:me|us)|(?:complimentary|free)[ \t]+(?:stay|night|nights|break|weekend|treatments?|visit)|(?:parcel|package|box|goodies|bundle|hamper)[ \t]+(?:(?:arrived|came|landed)[ \t]+)?from[ \t]+@[\w.]{2,30}|gifted[ \t]+by)\b/gi },
  // "(gifted)", "(PR product)" after the praise, and "c/o @brand", "courtesy of @brand": what the brand gave.
  { name: 'gifted product', pattern: /\([ \t]*(?:gifted|gift|PR|PR[ \t]+(?:product|sample|gift))[ \t]*\)|\b(?:c\/o|courtesy[ \t]+of)[ \t]+@[\w.]{2,30}/gi },
  // "Brand ambassador for @ActivKids", "proud to represent @brand": a standing paid tie.
  { name: 'paid partnership', pattern: new RegExp(String.raw`\bbrand[ \t]+ambassador\b|\bambassador[ \t]+(?:for|to|with)[ \t]+${BRAND_HANDLE}|\bproud[ \t]+to[ \t]+(?:represent|be[ \t]+working[ \t]+with)[ \t]+${BRAND_HANDLE}`, 'gi') },
  // "Huge thanks to @NordicSleep for my new mattress": a brand's handle thanked for a new thing.
  { name: 'gifted by a brand', pattern: new RegExp(String.raw`\bthank(?:s|[ \t]+you)\b[^.!?\n@]{0,30}${BRAND_HANDLE}[ \t]+for[ \t]+(?:my|the|this|these|our)[ \t]+(?:new|gorgeous|lovely|amazing|beautiful)[ \t]+[A-Za-z-]{3,}`, 'gi') },
  // "Thank you to Zest Clinic for my free laser facial": a treatment given and credited (not a free flu jab, nor the canteen's cake).
  { name: 'gifted treatment', pattern: /\bthank(?:s|[ \t]+you)\b[^.!?\n]{0,60}?\bfor[ \t]+(?:my|the|our|this)[ \t]+(?:free|complimentary)[ \t]+(?!(?:NHS|flu|covid|jab|vaccin\w*|booster|health[ \t]+check|screening|parking|coffee|tea|lunch|dinner|breakfast|cake|pizza|food|drinks?|tickets?|place)\b)[A-Za-z-]{3,}/gi },
];

/** Words that recommend a product: an endorsement when the writer has a tie to its maker. */
export const ENDORSEMENT = /\b(?:recommend|recommended|reach[ \t]+for|go-to|favourite|favorite|love|loving|swear[ \t]+by|the[ \t]+one[ \t]+I|my[ \t]+pick|try|use|using|rate|the[ \t]+best|what[ \t]+I[ \t]+take|I[ \t]+take[ \t]+(?:it[ \t]+)?myself|trust)\b/i;

/** Calls to buy or book: commercial when the post also names a price, a code or the author's own service. */
export const SALES_CALLS = /\b(?:(?:DM|dm|message|inbox|email)[ \t]+(?:me[ \t]+|us[ \t]+)?(?:to|for)[ \t]+(?:book|order|buy|prices?|pricing)|book[ \t]+(?:now|today|yours|online|at|via|through|your[ \t]+(?:slot|appointment|consultation|place|spot))|sign[ \t]+up(?:[ \t]+(?:here|now|today))?|enrol(?:l?ment|ling|s)?|(?:buy|shop|order|pre-?order)[ \t]+(?:now|today|yours|here|online|(?:your|a)[ \t]+(?:signed[ \t]+)?copy)|link[ \t]+in[ \t]+(?:my[ \t]+)?bio|limited[ \t]+(?:slots|spaces|places|availability)|slots[ \t]+(?:are[ \t]+)?(?:going|filling)|(?:this|next)[ \t]+(?:week|month)[ \t]+only|(?:starter|trial)[ \t]+(?:month|pack|kit|offer)|(?:grab|secure|claim|book)[ \t]+(?:a|your|one)[ \t]+(?:slot|spot|place|space|appointment)|(?:message|call|ring|email)[ \t]+(?:the|my|our)[ \t]+(?:clinic|salon|practice|team)|(?:until|before|ends?)[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Friday|Sunday|midnight))\b/gi;

/** A keyword call to action: "Comment TOX below", "DM GLOW for prices" (the keyword in capitals). */
export const KEYWORD_CALL = /\b(?:[Cc]omment|[Rr]eply|DM|[Mm]essage|[Tt]ext|[Ss]end)[ \t]+["'“‘]?[A-Z]{2,12}\b/g;

/** Costs explained, not offered: NHS charges, "usually costs", "many people pay between …". */
export const NOT_AN_OFFER = /\b(?:prescription[ \t]+charges?|per[ \t]+item|prepayment|PPC|NHS[ \t]+charges?|free[ \t]+on[ \t]+the[ \t]+NHS|costs?[ \t]+the[ \t]+NHS|list[ \t]+price|NHS[ \t]+prescription|(?:typically|usually|generally|often)[ \t]+(?:costs?|pay|paid|priced)|(?:many|most)[ \t]+people[ \t]+pay|in[ \t]+the[ \t]+range[ \t]+of|price[ \t]+range|discount[ \t]+(?:programs?|programmes?|cards?|schemes?))\b/i;

export const PRICE = /(?:[£€$][ \t]?\d[\d,]*(?:\.\d\d)?)|\b\d+(?:\.\d\d)?[ \t]?(?:GBP|EUR|USD|quid)\b/g;

/** What the author sells as their own, after "my". */
const OWN_NOUNS = ['clinic', 'clinics', 'practice', 'lounge', 'studio', 'salon', 'spa', 'centre', 'center', 'business',
  'company', 'pharmacy', 'agency', 'label', 'course', 'courses', 'masterclass', 'programme', 'program', 'ebook',
  'e-book', 'book', 'app', 'supplement', 'supplements', 'range', 'brand', 'shop', 'store', 'product', 'products',
  'membership', 'webinar', 'webinars', 'workshop', 'workshops', 'coaching', 'consultation', 'consultations',
  'service', 'services', 'meal plan', 'meal plans', 'plans', 'boxes', 'serum', 'serums', 'merch', 'academy',
  'retreat', 'bootcamp', 'podcast', 'protocol', 'challenge'];
/** Words that end the phrase: "my desk between clinics" is not "my ... clinics". */
const PHRASE_BREAKS = ['nearest', 'local', 'usual', 'regular', 'favourite', 'favorite', 'old', 'former', 'between', 'at', 'in', 'on', 'the', 'a', 'an', 'and', 'or', 'of', 'for', 'with', 'to', 'from',
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
  + `|I[ \\t]+(?:prescribe|treat|consult|practi[sc]e|work)[ \\t]+(?:[\\p{L}]+[ \\t]+){0,2}?(?:through|at|via|for)[ \\t]+\\p{Lu}[\\p{L}'’-]*`
  // "We set up Brightpath for exactly this": a business the writer founded, named.
  + `|(?:I|[Ww]e)[ \\t]+(?:(?:recently|just)[ \\t]+)?(?:set[ \\t]+up|founded|co-?founded|started)[ \\t]+\\p{Lu}[\\p{L}\\p{N}'’-]+`;
const DESCRIBER = `(?!(?:${PHRASE_BREAKS.join('|')})\\b)[\\p{L}\\p{N}&'’-]+`;

const OWNED = `(?:${DESCRIBER}[ \\t]+){0,4}?(?:${OWN_NOUNS.map(anyCase).join('|')})`;

/** The author's own paid services and products: "my (new online ...) clinic/course/book", "done by me". */
export const OWN_SERVICE = new RegExp(`\\b(?:${DONE_BY_ME}|[Mm]y[ \\t]+${OWNED})\\b`, 'gu');

/** What a business sells, after "our": its own things, and the people who see its customers. */
const OUR_NOUNS = [...OWN_NOUNS, 'doctor', 'doctors', 'online doctor', 'online doctors', 'prescriber', 'prescribers', 'practitioner',
  'practitioners', 'injector', 'injectors', 'treatments', 'treatment menu', 'plans'];
const OURS = `(?:${DESCRIBER}[ \\t]+){0,4}?(?:${OUR_NOUNS.map(anyCase).join('|')})`;

/**
 * "Our clinic", "our online doctor", "I'm running … clinics": the writer's own paid service beside a
 * price, but just as often an NHS team's free one ("our practice is running flu clinics, book now"),
 * so alone they count for little.
 */
export const OUR_SERVICE = new RegExp(`\\b(?:${RUN_BY_US}|[Oo]ur[ \\t]+${OURS})\\b`, 'gu');

// ---------------------------------------------------------------------------------------------
// The forms a marketing communication takes (read from real adverts; CAP 12.12 as the ASA and
// ASAI apply it), for the draft-level decision in ../context/commercial.ts. Each is a shape of
// sentence, not a post's own words.

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Offers: discounts, savings, was/now, "for the price of", free extras, sales, price changes. */
export const OFFER = new RegExp([
  String.raw`\b\d{1,2}[ \t]?%[ \t]?off\b`, String.raw`[£€$][ \t]?\d[\d,.]{0,9}[ \t]{1,3}off\b`,
  String.raw`\bsave[ \t]+(?:yourself[ \t]+)?(?:up[ \t]+to[ \t]+)?(?:[£€$][ \t]?\d[\d,.]{0,9}|\d{1,2}[ \t]?%|some[ \t]+£{1,4})`,
  String.raw`\b(?:a[ \t]+)?saving[ \t]+of[ \t]+[£€$]`, String.raw`\bfor[ \t]+the[ \t]+price[ \t]+of[ \t]+(?:\d+|one|two|three)\b`,
  String.raw`\binstead[ \t]+of[ \t]+[£€$]`, String.raw`\bwas[ \t]+[£€$][ \t]?\d[\d,.]{0,9}[ \t,]{1,3}now\b`, String.raw`\bhalf[- ]price\b`,
  String.raw`\b(?:free|complimentary)[ \t]+(?:(?:first|tracked|next-day|express|same-day|home|UK)[ \t]+)?(?:consultation|consult|delivery|gift|session|trial|sample)s?\b`,
  String.raw`\bmoney[- ]back\b|\byour[ \t]+money[ \t]+back\b`,
  // "The host gets hers free", gift vouchers: a treatment sold as a present or a party.
  String.raw`\b(?:gets?|get)[ \t]+(?:hers|his|theirs|yours|one|it)[ \t]+(?:for[ \t]+)?free\b`, String.raw`\bgift[ \t]+(?:vouchers?|cards?|certificates?)\b`,
  String.raw`\bfirst[ \t]+(?:[A-Za-z-]{1,20}[ \t]+){0,3}?(?:month|dose|pen|session|consultation|order|appointment|injection|jab|treatment|box|week)[ \t]+(?:free|half[- ]price|for[ \t]+[£€$])`,
  String.raw`\b(?:new[ \t]+(?:patient|client|customer)|launch|opening|first[- ]time|welcome)[ \t]+(?:offers?|deals?|prices?|discounts?)\b`, String.raw`\bfree[ \t]+for[ \t]+(?:the[ \t]+|your[ \t]+)?first[ \t]+(?:month|week|fortnight|\d{1,2}[ \t]+days)\b`,
  // "Our offers", "our January offers"; not "our spa offers Botox", where "offers" is the verb.
  String.raw`\b(?:our|my|these|this|the)[ \t]+(?:offers?|deals?|promotions?|promos?|discounts?)\b`,
  String.raw`\b(?:our|my|these|this|the)[ \t]+(?:[A-Za-z]{1,20}[ \t]{1,3}){1,2}?(?:offers?|deals?|promotions?|promos?|discounts?)\b(?![ \t]{1,3}(?!(?:end|ends|ending|are|is|include|includes|run|runs|close|closes|expire|expires|this|for|on|in|at|until|till|from|with|available|apply|applies|and|or|won|will|can|last|lasts|start|starts|here|now|only)\b)[A-Za-z])`,
  String.raw`\b(?:special|exclusive|introductory|limited[- ]time|new[- ]year|january|summer|spring|autumn|winter|christmas|black[ \t]+friday|birthday)[ \t]+(?:offers?|deals?|prices?|sale|discounts?)\b`,
  String.raw`\bsale[ \t]+(?:is[ \t]+)?(?:now[ \t]+)?(?:on|live)\b`, String.raw`\btake[ \t]+advantage[ \t]+of\b`,
  String.raw`\b(?:(?:implement|introduce|announce)[ \t]+(?:a|an|our)[ \t]+(?:[£€$]\d+[ \t]+)?price[ \t]+(?:rise|increase)|(?:increase|raise|lower|drop)[ \t]+(?:our|my)[ \t]+prices?)\b`,
  String.raw`\b(?:lowest|best)[ \t]+(?:uk[ \t]+)?price(?:[ \t]+guarantee[d]?)?\b`,
  String.raw`\b(?:starter|trial)[ \t]+(?:month|pack|kit)s?\b`,
  // Loyalty: a stamp card, "your 5th treatment free", "buy 3 get 1 free".
  String.raw`\b(?:your|the|every)[ \t]{1,3}(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|tenth)[ \t]{1,3}(?:[A-Za-z-]{1,20}[ \t]{1,3})?(?:treatment|session|appointment|visit|area|injection|syringe|box|month)[ \t]{1,3}(?:is[ \t]{1,3})?(?:free|FREE|half[- ]price|on[ \t]{1,3}us)\b`,
  String.raw`\bloyalty[ \t]{1,3}(?:card|scheme|programme|program|stamps?|points|rewards?)\b|\bstamp[ \t]{1,3}cards?\b|\bcollect[ \t]{1,3}\d{1,2}[ \t]{1,3}stamps\b`,
  String.raw`\bbuy[ \t]{1,3}(?:\d{1,2}|one|two|three|four|five)[ \t]{1,3}(?:[A-Za-z-]{1,20}[ \t]{1,3}){0,2}?(?:and[ \t]{1,3})?get[ \t]{1,3}(?:\d{1,2}|one|a|the|your)[ \t]{1,3}(?:[A-Za-z-]{1,20}[ \t]{1,3}){0,2}?free\b`,
].join('|'), 'gi');

/** A discount or referral code: "code W20", "use my code", a code in capitals and digits in brackets. */
export const CODE = /\b(?:[Dd]iscount|[Pp]romo|[Rr]eferral|[Vv]oucher|[Cc]oupon|DISCOUNT|PROMO)[ \t]+(?:[Cc]odes?|CODES?)\b|(?<=\b(?:[Uu]se|[Uu]sing|[Ee]nter|[Aa]pply|USE)[ \t]{1,3}(?:(?:my|our|the|MY)[ \t]{1,3})?)(?:[Cc]odes?|CODE)\b(?:[ \t]{0,3}:?[ \t]{0,3}["'“‘]?[A-Za-z][A-Za-z0-9_]{2,15}\b)?|\b(?:[Cc]odes?|CODE)[ \t]{0,3}:?[ \t]{0,3}["'“‘]?[A-Z][A-Z0-9_]{2,15}\b|\(\s*[A-Z]{3,}[0-9]{1,4}\s*\)|(?<=\b(?:[Uu]se|[Ee]nter|USE)[ \t]{1,3})[A-Z]{2,12}[0-9]{1,4}\b(?=[ \t]+(?:at[ \t]+(?:the[ \t]+)?checkout|for[ \t]+(?:\d{1,2}[ \t]?%|[£€$]\d|a[ \t]+discount|money[ \t]+off)|to[ \t]+(?:save|get)\b))|(?<=\b(?:off|discount)[ \t]{1,3}(?:with|using)[ \t]{1,3})[A-Z]{2,12}[0-9]{1,4}\b|\b[Rr]eferral[ \t]+links?\b/g;

/** Calls to book, buy or get in touch (commercial beside an offer, a price or the writer's own service). */
export const CALL = new RegExp([
  SALES_CALLS.source,
  String.raw`\b(?:please[ \t]+)?(?:do[ \t]+)?get[ \t]+booked[ \t]+in\b`, String.raw`\bbook[ \t]+in\b`,
  String.raw`\b(?:contact|call|ring|text|phone|message|email|DM)[ \t]+(?:me|us)[ \t]+(?:\S+[ \t]+){0,3}?to[ \t]+[A-Za-z]+`,
  String.raw`\b(?:call|ring|phone)[ \t]+(?:\S+[ \t]+){0,4}?to[ \t]+(?:make|book)[ \t]+(?:your|an|a)[ \t]+(?:appointment|booking|consultation)\b`,
  String.raw`\bget[ \t]+in[ \t]+touch[ \t]+(?:\S+[ \t]+){0,2}?to[ \t]+(?:book|order|arrange)\b`,
  String.raw`\b(?:DM|dm|message|inbox)[ \t]+(?:(?:me|us)[ \t]+)?(?:for|with)[ \t]+(?:more[ \t]+)?(?:details|info|information|prices|pricing|availability)\b`,
  String.raw`\bswipe[ \t]+up\b`, String.raw`\btap[ \t]+the[ \t]+link\b`, String.raw`\blink[ \t]+is[ \t]+in[ \t]+my[ \t]+bio\b`,
  String.raw`\b(?:get|grab|order)[ \t]+yours\b`, String.raw`\bshop[ \t]+(?:now|at|the)\b`, String.raw`\b(?:buy|order)[ \t]+(?:\S+[ \t]+){0,3}?online\b`,
].join('|'), 'gi');

/** Availability: stock, spaces, dates, waiting lists, "available at" a named place. */
export const AVAILABILITY = new RegExp([
  String.raw`\b(?:back|now)[ \t]+in[ \t]+stock\b`, String.raw`\b(?:sold[ \t]+out|restock(?:ed)?|pre-?order)\b`,
  String.raw`\b(?:spaces|slots|places|appointments|spots)[ \t]+(?:are[ \t]+)?(?:left|available|remaining|filling|go(?:ing|es)?[ \t]+(?:fast|quick|quickly))\b`,
  String.raw`\b(?:spaces|slots|spots)[ \t]+(?:free|open)[ \t]+(?:this|next|on|tomorrow|today|tonight)\b`,
  // "I have consultation slots this month", "we've got two spaces left": the seller's own diary.
  String.raw`\b(?:I|we)[ \t]+(?:have|['’]ve[ \t]+got|have[ \t]+got)[ \t]+(?:(?:a[ \t]+few|some|\d{1,2}|two|three|four|five)[ \t]+)?(?:[A-Za-z-]+[ \t]+)?(?:slots|spaces|spots)\b`,
  String.raw`\bwaiting[ \t]+list\b`, String.raw`\bupcoming[ \t]+dates\b`, String.raw`\bnew[ \t]+dates\b`,
  String.raw`\b(?:now|also)[ \t]+available\b`, String.raw`\bavailable[ \t]+(?:in|at)[ \t]+(?:the[ \t]+|our[ \t]+|any[ \t]+)?(?:clinic|salon|store|shop|pharmacy|branch|studio)\b`, String.raw`\bavailable[ \t]+(?:now|today|this[ \t]+week|to[ \t]+(?:order|book|buy))\b`,
  String.raw`\bI[ \t]+now[ \t]+(?:have|offer|do|stock)\b`, String.raw`\bwe[ \t]+now[ \t]+(?:have|offer|do|stock)\b`,
  String.raw`\b(?:an|one)[ \t]+evening[ \t]+of\b`, String.raw`\b(?:until|before)[ \t]+(?:the[ \t]+)?(?:end[ \t]+of[ \t]+)?(?:${MONTHS})\b(?![ \t]+\d{4})`,
].join('|'), 'gi');

/** "Available at Eden Clinic", "at @clinic": the place a reader gets the treatment, named. */
export const AVAILABLE_AT = /\bavailable[ \t]+(?:now[ \t]+)?(?:at|from|with)[ \t]+(?:@[\w.]+|(?:\p{Lu}[\p{L}&'’.-]*[ \t]+){0,3}(?:Clinic|Clinics|Aesthetics|Skin|Pharmacy|Salon|Spa|Studio|Medispa|Lounge|Beauty|Health|Wellness|Medical))\b/gu;
/** "Find it at Boots", "get yours from @brand": where a reader buys the thing, named. */
// (The name's letters unbounded: nothing follows them, and recheck cannot decide a bounded run here.)
export const FIND_IT_AT = /\b(?:[Ff]ind|[Gg]et|[Bb]uy|[Gg]rab|[Pp]ick[ \t]+up)[ \t]+(?:it|them|yours|one|some)[ \t]+(?:at|from|in)[ \t]+(?:@[\w.]+|[A-Z][A-Za-z&'’.-]+)/g;

/** A price list by unit ("1 area, 2 areas", "per syringe") and what a sale includes ("kit included"). */
export const PRICE_UNIT = /\bper[ \t]+(?:area|syringe|ml|shot|session|vial|pen|unit|treatment|injection|month)\b|\b\d[ \t]+areas?\b(?=[^.!?\n]{0,40}?\b\d[ \t]+areas?\b)/gi;

/** What a sale includes ("kit included", "£60 including a full consultation"): a listing's tell. */
export const INCLUDED = /\b(?:kit|delivery|postage|consultation|consult|aftercare|follow-?up|syringes|needles|swabs|sharps[ \t]+bin)[ \t]+(?:is[ \t]+|are[ \t]+)?included\b|\bincluding[ \t]+(?:a[ \t]+)?(?:full[ \t]+|free[ \t]+)?(?:consultation|consult|delivery|aftercare|review|follow-?up)\b/gi;

/** Testimonials and before/after: a treatment's result told to sell it. */
export const TESTIMONIAL = /\b(?:[Tt]estimonials?|TESTIMONIALS|[Rr]eviews[ \t]+from[ \t]+(?:our|my)|[Ww]hat[ \t]+(?:our|my)[ \t]+(?:clients|patients|customers)[ \t]+(?:say|think)|(?:[Bb]efore|BEFORE)[ \t]*(?:and|&|\/|AND)[ \t]*(?:after|AFTER)|[Tt]he[ \t]+best[ \t]+part[ \t]+about[ \t]+it|I[ \t]+(?:had|got)[ \t]+my[ \t]+(?:[A-Za-z-]+[ \t]+){1,3}?(?:done|treated|topped[ \t]+up)[ \t]+(?:with|by|at)[ \t]+(?:@[\w.]+|[A-Z][a-z]+))\b/g;

/** Competitions and giveaways. */
export const COMPETITION = /\b(?:giveaway|give-away|competition|prize[ \t]+draw|chance[ \t]+to[ \t]+win|to[ \t]+enter|win[ \t]+(?:a|an|one|this|these|two|three)[ \t]+(?:free[ \t]+)?(?:[A-Za-z]+))\b/gi;

/** A credit naming who made the content: an advertorial's tell ("Created by Brand"). */
export const CREDIT = /\b(?:[Cc]reated|CREATED|[Pp]roduced|PRODUCED)[ \t]+(?:by|with|for|BY|WITH|FOR)[ \t]+\p{Lu}[\p{L}&'’-]*|\b(?:[Bb]rought[ \t]+to[ \t]+you[ \t]+by|[Ii]n[ \t]+(?:partnership|association|collaboration)[ \t]+with|[Pp]resented[ \t]+by|[Pp]owered[ \t]+by)\b/gu;

/** The writer's own products back in stock, launched or for sale: an own-brand promotion. */
export const OWN_PRODUCT = /\b(?:[Oo]ur|[Mm]y|OUR|MY)[ \t]+(?:own[ \t]+)?(?:(?!(?:favourite|favorite|go-to|usual|old|current|daily|nightly|morning|evening)\b)[A-Za-z-]{1,20}[ \t]{1,3}){0,3}?(?:box(?:es)?|range|products?|serums?|creams?|masks?|supplements?|collection|kits?|bundles?|sets?|mousses?|drops|merch|formula|blend|journals?|planners?|workbooks?|notebooks?|cookbooks?|guides?|books?|ebooks?|prints?|candles?)\b(?=[^.!?\n]{0,60}?\b(?:back[ \t]+in[ \t]+stock|in[ \t]+stock|sold[ \t]+out|restock|launch|available|for[ \t]+sale|buy|order|shop|[£€$]\d|is[ \t]+(?:a|the)[ \t]+(?:brand[ \t]+new|new|revolutionary)|is[ \t]+[A-Z]|is[ \t]+(?:out|here|live)|out[ \t]+(?:now|today)|(?:has[ \t]+)?landed|launches))|\b(?:[Oo]ur|[Mm]y)[ \t]+(?:(?!(?:favourite|favorite|go-to|usual|old|current|daily|nightly|morning|evening)\b)[A-Za-z-]{1,20}[ \t]{1,3}){1,5}?(?:is|are)[ \t]+(?:also[ \t]+|now[ \t]+)?(?:back[ \t]+in[ \t]+stock|in[ \t]+stock|available[ \t]+to[ \t]+(?:buy|order)|on[ \t]+sale)\b|#(?:[Mm]y)?[Oo]wn[Bb]rand\b|\b[Mm]y[ \t]+own[ \t]+(?:brand|range|label|company)\b|\b[Mm]y[ \t]+own[ \t]+(?:[A-Za-z-]{1,20}[ \t]{1,3}){0,3}?(?:blend|formula|tinctures?|supplements?|gummies|capsules|teas?|oils?|serums?|creams?|balms?)\b/g;

/**
 * Notices from the NHS, the HSE or a GP practice to its patients: they tell people how to get a
 * medicine or service, and their "book" or "call reception" sells nothing. The words are the
 * institution's own voice ("Dear Patient", "call reception"), not "see your GP", which every
 * doctor's explainer says.
 */
export const PUBLIC_SERVICE = /\b(?:HSE|Dear[ \t]+[Pp]atients?|[Pp]ractice[ \t]+[Nn]urse|(?:call|contact|ring|book|ask|speak[ \t]+to)[ \t]+(?:at[ \t]+|with[ \t]+|through[ \t]+)?(?:our[ \t]+|the[ \t]+)?reception|reception[ \t]+team|eligib(?:le|ility)|on[ \t]+prescription|prescription[ \t]+charges?|[Mm]edical[ \t]+[Cc]ard|GP[ \t]+[Vv]isit[ \t]+[Cc]ard|routine[ \t]+appointment|(?:[Tt]he|[Oo]ur)[ \t]+(?:[Pp]ractice|[Ss]urgery)|[Pp]harmacy[ \t]+[Ff]irst|NHS[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}service|refer[ \t]+you[ \t]+(?:back[ \t]+)?to[ \t]+(?:your|the)[ \t]+GP|[Pp]atients[ \t]+(?:do[ \t]+not|don['’]t)[ \t]+need|health[ \t]+board|ICB|NHS[ \t]+App|residents[ \t]+are)\b/g;

/**
 * A sentence about a job, not a sale: hiring, a salary, applying. Its prices are pay and its calls
 * ask for applicants ("DM me for the job pack"), so nothing in it is evidence of an advert.
 */
export const RECRUITING = /\b(?:we['’]re[ \t]{1,3}hiring|now[ \t]{1,3}hiring|(?:are|am)[ \t]{1,3}recruiting|join[ \t]{1,3}(?:our|the)[ \t]{1,3}(?:[\p{L}-]+[ \t]{1,3}){0,2}?team|job[ \t]{1,3}(?:pack|description|advert|spec)|vacanc(?:y|ies)|salary|per[ \t]{1,3}annum|pro[ \t]{1,3}rata|closing[ \t]{1,3}date|apply[ \t]{1,3}(?:now|by|via|here|today|online)|send[ \t]{1,3}(?:me[ \t]{1,3}|us[ \t]{1,3})?(?:your|a)[ \t]{1,3}CV)\b/iu;

/**
 * A sentence asking for money for a charity: "raising money for the hospice", "my target is
 * £1,000", "sponsor me". Its sums are donations and its links a fundraising page, not a sale.
 */
export const FUNDRAISING = /\b(?:rais(?:e|es|ed|ing)[ \t]{1,3}(?:money|funds|£[\d,]{1,9}|€[\d,]{1,9}|\$[\d,]{1,9})[ \t]{1,3}for|fundrais(?:er|ing)|(?:my|our)[ \t]{1,3}(?:fundraising[ \t]{1,3})?(?:target|goal)[ \t]{1,3}is|sponsor[ \t]{1,3}(?:me|us)|(?:please[ \t]{1,3})?donate|donations?|every[ \t]{1,3}(?:penny|cent)[ \t]{1,3}goes|spare[ \t]{1,3}a[ \t]{1,3}(?:fiver|tenner|few[ \t]{1,3}(?:quid|euro|dollars)))\b/i;
/** A sentence that says a thing is not offered, or warns against it: what it names is not sold there. */
export const NOT_SOLD = /\b(?:(?:do|does|did)[ \t]*(?:not|n['’]t)|DON['’]T|no[ \t]+longer|never|won['’]t|will[ \t]+not|cannot|can['’]t)[ \t]+(?:\S+[ \t]+){0,2}?(?:offer|offers|provide|sell|stock|prescribe|advertise|promote|recommend|give|gives|inject|use)\b|\b(?:stopped|ceased|quit)[ \t]+(?:offering|providing|selling|stocking|prescribing|giving|injecting|using)\b|\b(?:ASA|ASAI|FTC|MHRA|HPRA|FDA|CAP)\b[^.!?\n]{0,60}?\b(?:ruled|banned|upheld|found[ \t]+against|warned|ordered|fined|investigat(?:ed|ing))\b|\b(?:ruled|ruling)[ \t]+against\b|\b(?:saw|seen|see|spotted|noticed|found|came[ \t]+across|caught)\b[^.!?\n]{0,60}?\b(?:advertising|advertised|promoting|promoted|selling|sold|offering|pushing|marketing)\b|\b(?:another|other|some|these|those|many)[ \t]+(?:[A-Za-z-]+[ \t]+)?(?:salons?|clinics?|pharmacies|companies|brands?|influencers?|accounts?|practitioners?|providers?|sellers?|websites?)[ \t]+(?:advertising|promoting|selling|offering|pushing|marketing)\b|\b(?:should|must|may)[ \t]+not[ \t]+be[ \t]+(?:advertised|promoted)\b|\b(?:someone|anyone|somebody|people|influencers?|sellers?)(?:['’]s|[ \t]+(?:is|are))?[ \t]+(?:selling|promising|pushing|flogging)[ \t]+you\b|\bprohibited\b|\b(?:don['’]t|do[ \t]+not)[ \t]+be[ \t]+fooled\b|\bbeware\b|\bwarning\b|\bbe[ \t]+wary\b|\bavoid[ \t]+(?:clinics|providers|sellers|anyone)\b/gi;

// ---------------------------------------------------------------------------------------------
// The call to act, as a small grammar (../context/calls.ts reads it): an imperative verb of buying,
// booking, starting, trying, getting, contacting, visiting or clicking, standing where a command
// stands, with what it acts on. Words here; the shape is the grammar's.

/** The verbs, by what they ask for. Several words each are one verb ("pop in", "get in touch"). */
export const CALL_VERBS = {
  acquire: ['buy', 'order', 'purchase', 'shop', 'shop for', 'get', 'grab', 'claim', 'secure', 'snap up', 'pick up', 'book', 'book in',
    'reserve', 'bag', 'treat yourself to'],
  // Starting and trying sell with an object of their own ("start today", "try a session"); with only a
  // medicine ("start sertraline at 50 mg") they are a clinician's instruction, not a call to buy.
  start: ['start', 'begin', 'kick-start', 'kickstart', 'jump-start', 'get started', 'join', 'try', 'apply'],
  // A pitch's own verbs: whatever follows them is what is sold ("say goodbye to frown lines").
  pitch: ['say goodbye to', 'say hello to', 'wave goodbye to'],
  contact: ['contact', 'call', 'ring', 'phone', 'text', 'message', 'dm', 'email', 'e-mail', 'whatsapp', 'inbox', 'enquire', 'inquire',
    'get in touch with', 'reach out to', 'speak to', 'speak with', 'talk to', 'chat to', 'chat with', 'drop us', 'send us', 'give us', 'ask',
    'request', 'enquire about'],
  visit: ['visit', 'pop in', 'pop into', 'pop by', 'pop down', 'drop in', 'drop by', 'come in', 'come and see', 'come see', 'head to',
    'head over to', 'find us', 'walk in', 'treat yourself'],
  click: ['click', 'tap', 'swipe up', 'follow the link', 'hit the link', 'use the link', 'sign up', 'register', 'enrol', 'enroll', 'subscribe',
    'fill in', 'fill out', 'complete'],
} as const;

/** Words before a verb that keep it a command: "why not try", "just book", "don't forget to order". */
export const CALL_SOFTENERS = ['so', 'and', 'or', 'then', 'just', 'simply', 'please', 'now', 'go', 'go ahead and', 'come and', 'why not',
  'don’t forget to', "don't forget to", 'remember to', 'be sure to', 'make sure you', 'make sure to', 'time to', 'it’s time to', "it's time to",
  'now is the time to'];
/** What a command is the point of: "ten reasons to get", "ready to start", "want to try". */
export const CALL_FRAMES = ['reasons', 'reason', 'time', 'ways', 'way', 'chance', 'ready', 'want', 'excuse', 'perfect time', 'best time'];

/** Adverbs of now and here that make a verb a call to act on it ("book now", "order online today"). */
export const CALL_ADVERBS = ['now', 'today', 'tonight', 'online', 'here', 'below', 'asap', 'this week', 'this weekend', 'this month', 'in store',
  'in-store', 'via the link', 'through the link', 'at the link', 'in my bio', 'in our bio', 'in the bio', 'while stocks last', 'before it’s gone',
  "before it's gone", 'before they go', 'before they’re gone', "before they're gone", 'while you can', 'while they last', 'quick', 'quickly',
  'fast', 'early', 'for more', 'for details', 'for prices', 'for pricing', 'for availability', 'for a consultation', 'for a consult'];

/** Who sells, as a call's object ("speak to our prescribers", "pop in to our studio", "message the team"). */
export const SELLERS = ['clinic', 'clinics', 'studio', 'salon', 'spa', 'lounge', 'shop', 'store', 'pharmacy', 'website', 'site', 'page', 'team',
  'prescribers', 'prescriber', 'doctors', 'doctor', 'online doctor', 'nurses', 'nurse prescriber', 'practitioners', 'practitioner', 'injectors',
  'injector', 'experts', 'specialists', 'link', 'app', 'centre', 'center'];

/** What a buyer gets, as a call's object ("book your consultation", "grab a slot", "start your journey"). */
export const GOODS = ['consultation', 'consultations', 'consult', 'appointment', 'appointments', 'slot', 'slots', 'space', 'spaces', 'place',
  'places', 'spot', 'spots', 'session', 'sessions', 'treatment', 'treatments', 'top-up', 'top up', 'order', 'kit', 'pack', 'box', 'bundle', 'plan',
  'plans', 'programme', 'program', 'membership', 'subscription', 'course', 'journey', 'transformation', 'trial', 'first month', 'first dose',
  'jab', 'jabs', 'shot', 'shots', 'injection', 'injections', 'pen', 'pens', 'tablets', 'pills', 'dose', 'voucher', 'gift card', 'discount', 'offer',
  'deal', 'code', 'ticket', 'tickets', 'seat', 'visit', 'assessment', 'waiting list', 'waitlist', 'glow', 'fresh look', 'new look', 'form',
  'online form', 'questionnaire', 'call back', 'callback', 'quote'];

/**
 * Words in a call's object that make it a public service or a check-up, not a sale: "book your flu
 * jab", "book a routine appointment", "order your repeat prescription".
 */
export const PUBLIC_OBJECTS = ['flu', 'covid', 'covid-19', 'booster', 'vaccine', 'vaccines', 'vaccination', 'vaccinations', 'smear', 'screening',
  'health check', 'nhs', 'gp', 'blood', 'eye', 'hearing', 'test', 'tests', 'repeat', 'annual', 'routine', 'shingles', 'hpv', 'mmr', 'whooping',
  'pneumonia', 'rsv', 'tetanus', 'travel', 'asthma review', 'medication review', 'review'];

/** After a call's object: the care it points to is a public service ("book an appointment with your GP"). */
export const PUBLIC_AFTER = /^[^.!?\n]{0,40}?\b(?:with|from|at|through|via|by|to)[ \t]+(?:your|a|the|our|an)[ \t]+(?:(?:local|own|usual)[ \t]+)?(?:GP|GPs|doctor|surgery|practice|practice[ \t]+nurse|nurse|pharmacist|pharmacy|NHS|HSE|health[ \t]+visitor|midwife|hospital)\b|^[^.!?\n]{0,40}?\b(?:NHS[ \t]+App|NHS[ \t]+111|111|999|NHS[ \t]+website|nhs\.uk|HSE\.ie)/i;

// ---------------------------------------------------------------------------------------------
// A business speaking for itself about what it provides: "we offer", "our salon now offers", "our
// online doctor can prescribe". A practice or surgery is left out: a GP practice's "we offer" is
// the NHS's, and reads as a notice.

export const PROVIDERS = ['clinic', 'clinics', 'salon', 'spa', 'studio', 'pharmacy', 'pharmacists', 'pharmacist', 'team', 'doctors', 'doctor',
  'online doctor', 'online doctors', 'prescribers', 'prescriber', 'nurses', 'nurse', 'nurse prescriber', 'practitioners', 'practitioner',
  'injectors', 'injector', 'experts', 'specialists', 'lounge', 'centre', 'center', 'service', 'online clinic'];
export const PROVIDING = ['offer', 'offers', 'offering', 'provide', 'provides', 'providing', 'sell', 'sells', 'selling', 'stock', 'stocks',
  'stocking', 'supply', 'supplies', 'supplying', 'prescribe', 'prescribes', 'prescribing', 'administer', 'administers', 'deliver', 'delivers',
  'carry', 'carries', 'specialise in', 'specialises in', 'specialize in', 'specializes in', 'perform', 'performs', 'use', 'uses'];
/** What is provided that sells nothing: "we offer advice", "our team provides support". */
export const NOT_GOODS = /^[ \t]+(?:(?:free|expert|impartial|confidential|practical|general|further|more|lots[ \t]+of|plenty[ \t]+of|a[ \t]+range[ \t]+of|a[ \t]+listening)[ \t]+)?(?:information|info|advice|support|guidance|help|signposting|counselling|counseling|education|training|resources|leaflets?|reassurance|ear|care[ \t]+to|services[ \t]+to|a[ \t]+safe[ \t]+space)\b/i;

/** A sentence about the NHS or HSE's own service: its "we offer", waiting list or "our clinic" sells nothing. */
export const PUBLIC_PROVIDER = /\b(?:NHS|HSE|NICE|trust|hospital|referred|referral|eligible|eligibility|free[ \t]+of[ \t]+charge|on[ \t]+prescription|medical[ \t]+card|tier[ \t]+[1-4])\b/i;

// ---------------------------------------------------------------------------------------------
// Prices in words and any currency, and offers in words.

const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a[ \\t]+hundred';
/** A number in digits or words: "49", "49.99", "ninety-five", "a hundred and twenty". */
const AMOUNT = `(?:\\d{1,5}(?:[.,]\\d{1,2})?|(?:${NUMBER_WORD})(?:[ \\t-]{1,2}(?:and[ \\t]+)?(?:${NUMBER_WORD})){0,3})`;
/**
 * A price named in words or another currency: "150 euro", "$199/mo", "forty dollars", and "pounds"
 * only where it cannot be a weight ("from 49 pounds", "ten pounds off", not "lost 10 pounds").
 */
export const PRICE_IN_WORDS = new RegExp([
  `\\b${AMOUNT}[ \\t-]{1,2}(?:euros?|dollars?|bucks|quid)\\b`,
  `(?<=\\b(?:from|just|costs?|priced[ \\t]+at|price[ \\t]*:?|fee[ \\t]*:?|pay|paying|for[ \\t]+(?:just|only))[ \\t]{1,3})${AMOUNT}[ \\t-]{1,2}pounds?\\b(?![ \\t]{1,3}(?:lighter|heavier|to[ \\t]+go|down|of[ \\t]+weight|in[ \\t]+(?:a|one|\\d{1,2}|two|three|four|six)[ \\t]+(?:weeks?|months?)))`,
  `\\b${AMOUNT}[ \\t-]{1,2}pounds?(?=[ \\t]{1,3}(?:off|per|each|a[ \\t]+(?:month|session|week|pen|jab|treatment|area)))`,
].join('|'), 'gi');

/** Offers in words: "half off", "ten pounds off", "two for one", "bring a friend", "refer a friend". */
export const OFFER_IN_WORDS = new RegExp([
  String.raw`\bhalf[ \t]+off\b`, `\\b${AMOUNT}[ \\t-]{1,2}(?:pounds?|euros?|dollars?|quid|bucks)[ \\t]+off\\b`,
  String.raw`\b(?:two|2)[ \t]+for[ \t]+(?:one|1)\b`, String.raw`\bbuy[ \t]+one,?[ \t]+get[ \t]+one\b`, String.raw`\bBOGOF\b`,
  String.raw`\b\d{1,2}[ \t]?%[ \t]+discount\b`, String.raw`\bmoney[ \t]+off\b`, String.raw`\bbring[ \t]+a[ \t]+friend[ \t]+(?:for|and)[ \t]+(?:get[ \t]+|save[ \t]+|both[ \t]+)?(?:[£€$]|\d|half|free|a[ \t]+discount|\w+[ \t]+(?:pounds|euros?|quid)[ \t]+off)`,
  String.raw`\bearly[- ]bird[ \t]+(?:rate|price|offer|discount|ticket)s?\b`,
].join('|'), 'gi');

/** A referral scheme: the business's own offer, whoever passes it on. */
export const REFERRAL = /\brefer[ \t]+a[ \t]+friend\b|\b(?:you|we)[ \t]+both[ \t]+get[ \t]+(?:[£€$]|\d|(?:a[ \t]+)?(?:free|discount|reward|credit|voucher|bonus|money))|\breferral[ \t]+(?:scheme|programme|program|bonus|reward)\b/gi;

/** More availability: walk-ins, no appointment needed, delivery to the door, bookings open. */
export const AVAILABILITY_MORE = new RegExp([
  String.raw`\bwalk-?ins?[ \t]+(?:welcome|available)\b`, String.raw`\bno[ \t]+appointment[ \t]+(?:needed|necessary|required)\b`,
  String.raw`\b(?:same|next)[- ]day[ \t]+(?:delivery|dispatch|appointments?|prescriptions?)\b`,
  String.raw`\b(?:delivered|shipped|sent)[ \t]+(?:straight[ \t]+)?to[ \t]+your[ \t]+door\b`, String.raw`\b(?:plain|discreet)[ \t]+packaging\b`,
  String.raw`\b(?:limited|few)[ \t]+(?:appointments|slots|spaces|places|spots)\b`, String.raw`\b(?:secure|reserve|grab|claim)[ \t]+(?:your|a)[ \t]+(?:spot|place|slot|space|seat)\b`, String.raw`\blimited[ \t]+(?:[A-Za-z]+[ \t]+)?availability\b`, String.raw`\b(?:places|spaces|slots)[ \t]+are[ \t]+limited\b`,
  String.raw`\b(?:bookings?|appointments)[ \t]+(?:are[ \t]+)?(?:now[ \t]+)?open\b`, String.raw`\bopens?[ \t]+for[ \t]+bookings?\b`,
  String.raw`\b(?:now[ \t]+)?taking[ \t]+bookings\b`, String.raw`\bcan[ \t]+be[ \t]+booked\b|\bbookable[ \t]+(?:online|by[ \t]+phone|through|via)\b`, String.raw`\b(?:waiting[ \t]+list|waitlist)[ \t]+(?:has[ \t]+|is[ \t]+)?(?:re-?)?open(?:ed|s)?\b`,
  String.raw`\bwaitlist\b`, String.raw`\baccepting[ \t]+new[ \t]+(?:patients|clients)\b`,
  String.raw`\b(?:slots|spaces|places|diary|books|consultations|clinics|appointments|registrations|applications)[ \t]+(?:are[ \t]+|is[ \t]+)?(?:now[ \t]+)?open\b`,
  String.raw`\b(?:prescribed|delivered|dispatched|approved)[ \t]+online\b|\b(?:prescribed|approved|dispatched)[ \t]+(?:online[ \t]+)?(?:in|within)[ \t]+(?:minutes|hours|\d{1,2}[ \t]+(?:minutes|hours))\b`, String.raw`\bin[ \t]+stock\b`,
  // A service's timetable ("sessions every Thursday evening") and where it now is ("now at our clinic").
  String.raw`\b(?:sessions|clinics|appointments|evenings|slots)[ \t]+(?:every|each|on)[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekday|weekend|week)`,
  String.raw`\b(?:is|are)[ \t]+now[ \t]+(?:at|in)[ \t]+(?:our|my)\b`,
  String.raw`\bdelivered[ \t]+(?:monthly|every[ \t]+month|discreetly|next[- ]day)\b`, String.raw`\bcancel[ \t]+(?:any[ \t]?time|at[ \t]+any[ \t]+time)\b`, String.raw`\bback[ \t]+in[ \t]+(?:(?:my|our|the)[ \t]+)?(?:clinic|studio|salon|stock)\b`,
].join('|'), 'gi');

// ---------------------------------------------------------------------------------------------
// Testimonials: a result told in the first person, and a provider credited for it, in one post.

/** A result: weight lost, sizes dropped ("down 9kg", "two dress sizes down", "I've dropped a stone"). */
export const RESULT = new RegExp([
  `\\b(?:lost|dropped|shed|down|minus)[ \\t]+(?:a|half[ \\t]+a|${AMOUNT})[ \\t]*(?:stone|st|kg|kgs|kilos?|lbs?|pounds|dress[ \\t]+sizes?|jean[ \\t]+sizes?|sizes?|inches)\\b`,
  `\\b(?:a|${AMOUNT})[ \\t]+(?:dress[ \\t]+|jean[ \\t]+)?sizes?[ \\t]+(?:down|smaller)\\b`,
  // How a treatment made the writer look or feel: "I look ten years younger", "can't believe the difference".
  String.raw`\b(?:look|looks|looking|feel|feeling)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:years?[ \t]+younger|brand[ \t]+new|like[ \t]+a[ \t]+new[ \t]+(?:person|woman|man))\b`,
  String.raw`\b(?:can['’]?t|cannot)[ \t]+believe[ \t]+(?:the|my)[ \t]+(?:difference|results?)\b`, String.raw`\bso[ \t]+happy[ \t]+with[ \t]+(?:my|the)[ \t]+results?\b`,
].join('|'), 'gi');
/** "Three months on", "six weeks into": a result when a medicine follows it. */
export const TIME_ON = new RegExp(`\\b(?:${AMOUNT})[ \\t]+(?:days?|weeks?|months?)[ \\t]+(?:on|into)[ \\t]+(?:the[ \\t]+|my[ \\t]+)?$`, 'i');
/**
 * A provider credited: thanks to an account or a named clinic, "couldn't have done it without", a
 * treatment "with @clinic". Not the NHS, a GP or a hospital.
 */
export const PROVIDER_CREDIT = fastRegExp(/\b(?:thanks|thank[ \t]+you|thanking|shout[ -]?out|grateful|kudos|couldn['’]t[ \t]+have[ \t]+done[ \t]+it[ \t]+without|all[ \t]+thanks[ \t]+to|big[ \t]+love)\b[^.!?\n]{0,40}?(?:@(?![\w.]{0,20}(?:nhs|gp|hospital|trust))[\w.]{2,30}|\b(?:the[ \t]+)?team[ \t]+at[ \t]+\p{Lu}[\p{L}&'’-]{1,30}|\b\p{Lu}[\p{L}&'’-]{1,30}(?:[ \t]+\p{Lu}[\p{L}&'’-]{1,30}){0,2}[ \t]+(?:Clinic|Aesthetics|Skin|Health|Medical|Pharmacy|Wellness|Weight|Slim))|\b(?:with|from|via|through)[ \t]+@(?![\w.]{0,20}(?:nhs|gp|hospital|trust))[\w.]{2,30}/giu);

/**
 * A post signed by a person who owns or runs the business it speaks for ("Dr Raj Mehta, GP and
 * clinical director"): the business's offer is that writer's interest, though its page needs no ad label.
 */
export const OWNER_SIGNATURE = /^[ \t]*(?:[-–—~][ \t]*)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]+\p{Lu}[\p{L}'’-]{1,30}){0,3}[ \t]*,[ \t]*[^\n]{0,60}?\b((?:clinical|medical|managing)[ \t]+(?:director|lead)|director|owner|co-?owner|founder|co-?founder|proprietor)\b[^\n]{0,40}$/gmu;

// Ad labels and commercial cues (CAP Code 2.1, ASA influencer guidance, ASAI, FTC). Data only.

/** Labels that make an ad obviously identifiable when they stand at the start, per jurisdiction. */
export const AD_LABELS = {
  all: ['#ad', '#advert', '#advertisement', '#advertising', '#paidpartnership', '#paidpromotion',
    'ad', 'advert', 'advertisement', 'advertising', 'advertisement feature', 'paid partnership', 'paid promotion'],
  uk: [],
  ie: ['#gifted', 'gifted'],
  us: ['#sponsored', 'sponsored'],
} as const;


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

/** Costs explained, not offered: NHS charges, "usually costs", "many people pay between …". */
export const NOT_AN_OFFER = /\b(?:prescription[ \t]+charges?|per[ \t]+item|prepayment|PPC|NHS[ \t]+charges?|free[ \t]+on[ \t]+the[ \t]+NHS|costs?[ \t]+the[ \t]+NHS|list[ \t]+price|NHS[ \t]+prescription|(?:typically|usually|generally|often)[ \t]+(?:costs?|pay|paid|priced)|(?:many|most)[ \t]+people[ \t]+pay|in[ \t]+the[ \t]+range[ \t]+of|price[ \t]+range|discount[ \t]+(?:programs?|programmes?|cards?|schemes?))\b/i;

export const PRICE = /(?:[£€$][ \t]?\d[\d,]*(?:\.\d\d)?)|\b\d+(?:\.\d\d)?[ \t]?(?:GBP|EUR|USD|quid)\b/g;

/** What the author sells as their own, after "my". */
const OWN_NOUNS = ['clinic', 'clinics', 'practice', 'lounge', 'studio', 'salon', 'spa', 'centre', 'center', 'business',
  'company', 'pharmacy', 'agency', 'label', 'course', 'courses', 'masterclass', 'programme', 'program', 'ebook',
  'e-book', 'book', 'app', 'supplement', 'supplements', 'range', 'brand', 'shop', 'store', 'product', 'products',
  'membership', 'webinar', 'webinars', 'workshop', 'workshops', 'coaching', 'consultation', 'consultations',
  'service', 'services', 'meal plan', 'meal plans', 'plans', 'boxes', 'serum', 'serums', 'merch', 'academy',
  'retreat', 'bootcamp', 'podcast'];
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
  String.raw`\b(?:free|complimentary)[ \t]+(?:first[ \t]+)?(?:consultation|consult|delivery|gift|session|trial|sample)s?\b`,
  String.raw`\bfirst[ \t]+(?:month|dose|pen|session|consultation|order|appointment)[ \t]+(?:free|half[- ]price|for[ \t]+[£€$])`,
  String.raw`\b(?:our|my|these|this|the)[ \t]+(?:[A-Za-z]{1,20}[ \t]{1,3}){0,2}?(?:offers?|deals?|promotions?|promos?|discounts?)\b`,
  String.raw`\b(?:special|exclusive|introductory|limited[- ]time|new[- ]year|january|summer|spring|autumn|winter|christmas|black[ \t]+friday|birthday)[ \t]+(?:offers?|deals?|prices?|sale|discounts?)\b`,
  String.raw`\bsale[ \t]+(?:is[ \t]+)?(?:now[ \t]+)?(?:on|live)\b`, String.raw`\btake[ \t]+advantage[ \t]+of\b`,
  String.raw`\b(?:(?:implement|introduce|announce)[ \t]+(?:a|an|our)[ \t]+(?:[£€$]\d+[ \t]+)?price[ \t]+(?:rise|increase)|(?:increase|raise|lower|drop)[ \t]+(?:our|my)[ \t]+prices?)\b`,
  String.raw`\b(?:lowest|best)[ \t]+(?:uk[ \t]+)?price(?:[ \t]+guarantee[d]?)?\b`,
  String.raw`\b(?:starter|trial)[ \t]+(?:month|pack|kit)s?\b`,
].join('|'), 'gi');

/** A discount or referral code: "code W20", "use my code", a code in capitals and digits in brackets. */
export const CODE = /\b(?:[Dd]iscount|[Pp]romo|[Rr]eferral|[Vv]oucher|[Cc]oupon|DISCOUNT|PROMO)[ \t]+(?:[Cc]odes?|CODES?)\b|(?<=\b(?:[Uu]se|[Uu]sing|[Ee]nter|[Aa]pply|USE)[ \t]{1,3}(?:(?:my|our|the|MY)[ \t]{1,3})?)(?:[Cc]odes?|CODE)\b(?:[ \t]{0,3}:?[ \t]{0,3}["'“‘]?[A-Za-z][A-Za-z0-9_]{2,15}\b)?|\b(?:[Cc]odes?|CODE)[ \t]{0,3}:?[ \t]{0,3}["'“‘]?[A-Z][A-Z0-9_]{2,15}\b|\(\s*[A-Z]{3,}[0-9]{1,4}\s*\)|\b[Rr]eferral[ \t]+links?\b/g;

/** Calls to book, buy or get in touch (commercial beside an offer, a price or the writer's own service). */
export const CALL = new RegExp([
  SALES_CALLS.source,
  String.raw`\b(?:please[ \t]+)?(?:do[ \t]+)?get[ \t]+booked[ \t]+in\b`, String.raw`\bbook[ \t]+in\b`,
  String.raw`\b(?:contact|call|ring|text|phone|message|email|DM)[ \t]+(?:me|us)[ \t]+(?:\S+[ \t]+){0,3}?to[ \t]+[A-Za-z]+`,
  String.raw`\b(?:call|ring|phone)[ \t]+(?:\S+[ \t]+){0,4}?to[ \t]+(?:make|book)[ \t]+(?:your|an|a)[ \t]+(?:appointment|booking|consultation)\b`,
  String.raw`\bget[ \t]+in[ \t]+touch[ \t]+(?:\S+[ \t]+){0,2}?to[ \t]+(?:book|order|arrange)\b`,
  String.raw`\b(?:DM|dm|message|inbox)[ \t]+(?:me|us)?[ \t]*(?:for|with)[ \t]+(?:more[ \t]+)?(?:details|info|information|prices|pricing|availability)\b`,
  String.raw`\bswipe[ \t]+up\b`, String.raw`\btap[ \t]+the[ \t]+link\b`, String.raw`\blink[ \t]+is[ \t]+in[ \t]+my[ \t]+bio\b`,
  String.raw`\b(?:get|grab|order)[ \t]+yours\b`, String.raw`\bshop[ \t]+(?:now|at|the)\b`, String.raw`\b(?:buy|order)[ \t]+(?:\S+[ \t]+){0,3}?online\b`,
].join('|'), 'gi');

/** Availability: stock, spaces, dates, waiting lists, "available at" a named place. */
export const AVAILABILITY = new RegExp([
  String.raw`\b(?:back|now)[ \t]+in[ \t]+stock\b`, String.raw`\b(?:sold[ \t]+out|restock(?:ed)?|pre-?order)\b`,
  String.raw`\b(?:spaces|slots|places|appointments|spots)[ \t]+(?:are[ \t]+)?(?:left|available|remaining|filling|go(?:ing)?[ \t]+(?:fast|quickly))\b`,
  String.raw`\bwaiting[ \t]+list\b`, String.raw`\bupcoming[ \t]+dates\b`, String.raw`\bnew[ \t]+dates\b`,
  String.raw`\b(?:now|also)[ \t]+available\b`, String.raw`\bavailable[ \t]+(?:now|today|this[ \t]+week|to[ \t]+(?:order|book|buy))\b`,
  String.raw`\bI[ \t]+now[ \t]+(?:have|offer|do|stock)\b`, String.raw`\bwe[ \t]+now[ \t]+(?:have|offer|do|stock)\b`,
  String.raw`\b(?:an|one)[ \t]+evening[ \t]+of\b`, String.raw`\b(?:until|before)[ \t]+(?:the[ \t]+)?(?:end[ \t]+of[ \t]+)?(?:${MONTHS})\b`,
].join('|'), 'gi');

/** "Available at Eden Clinic", "at @clinic": the place a reader gets the treatment, named. */
export const AVAILABLE_AT = /\bavailable[ \t]+(?:now[ \t]+)?(?:at|from|with)[ \t]+(?:@[\w.]+|(?:\p{Lu}[\p{L}&'’.-]*[ \t]+){0,3}(?:Clinic|Clinics|Aesthetics|Skin|Pharmacy|Salon|Spa|Studio|Medispa|Lounge|Beauty|Health|Wellness|Medical))\b/gu;

/** A price list by unit ("1 area, 2 areas", "per syringe") and what a sale includes ("kit included"). */
export const PRICE_UNIT = /\bper[ \t]+(?:area|syringe|ml|shot|session|vial|pen|unit|treatment|injection|month)\b|\b\d[ \t]+areas?\b(?=[^.!?\n]{0,40}?\b\d[ \t]+areas?\b)/gi;

/** What a sale includes ("kit included", "£60 including a full consultation"): a listing's tell. */
export const INCLUDED = /\b(?:kit|delivery|postage|consultation|aftercare|follow-?up|syringes|needles|swabs|sharps[ \t]+bin)[ \t]+(?:is[ \t]+|are[ \t]+)?included\b|\bincluding[ \t]+(?:a[ \t]+)?(?:full[ \t]+|free[ \t]+)?(?:consultation|delivery|aftercare|review|follow-?up)\b/gi;

/** Testimonials and before/after: a treatment's result told to sell it. */
export const TESTIMONIAL = /\b(?:[Tt]estimonials?|TESTIMONIALS|[Rr]eviews[ \t]+from[ \t]+(?:our|my)|[Ww]hat[ \t]+(?:our|my)[ \t]+(?:clients|patients|customers)[ \t]+(?:say|think)|(?:[Bb]efore|BEFORE)[ \t]*(?:and|&|\/|AND)[ \t]*(?:after|AFTER)|[Tt]he[ \t]+best[ \t]+part[ \t]+about[ \t]+it|I[ \t]+(?:had|got)[ \t]+my[ \t]+(?:[A-Za-z-]+[ \t]+){1,3}?(?:done|treated|topped[ \t]+up)[ \t]+(?:with|by|at)[ \t]+(?:@[\w.]+|[A-Z][a-z]+))\b/g;

/** Competitions and giveaways. */
export const COMPETITION = /\b(?:giveaway|give-away|competition|prize[ \t]+draw|chance[ \t]+to[ \t]+win|to[ \t]+enter|win[ \t]+(?:a|an|one|this|these|two|three)[ \t]+(?:free[ \t]+)?(?:[A-Za-z]+))\b/gi;

/** A credit naming who made the content: an advertorial's tell ("Created by Brand"). */
export const CREDIT = /\b(?:[Cc]reated|CREATED|[Pp]roduced|PRODUCED)[ \t]+(?:by|with|for|BY|WITH|FOR)[ \t]+\p{Lu}[\p{L}&'’-]*|\b(?:[Bb]rought[ \t]+to[ \t]+you[ \t]+by|[Ii]n[ \t]+(?:partnership|association|collaboration)[ \t]+with|[Pp]resented[ \t]+by|[Pp]owered[ \t]+by)\b/gu;

/** The writer's own products back in stock, launched or for sale: an own-brand promotion. */
export const OWN_PRODUCT = /\b(?:[Oo]ur|[Mm]y|OUR|MY)[ \t]+(?:own[ \t]+)?(?:(?!(?:favourite|favorite|go-to|usual|old|current|daily|nightly|morning|evening)\b)[A-Za-z-]{1,20}[ \t]{1,3}){0,3}?(?:box(?:es)?|range|products?|serums?|creams?|masks?|supplements?|collection|kits?|bundles?|sets?|mousses?|drops|merch|formula|blend)\b(?=[^.!?\n]{0,60}?\b(?:back[ \t]+in[ \t]+stock|in[ \t]+stock|sold[ \t]+out|restock|launch|available|for[ \t]+sale|buy|order|shop|[£€$]\d|is[ \t]+(?:a|the)[ \t]+(?:brand[ \t]+new|new|revolutionary)|is[ \t]+[A-Z]))|\b(?:[Oo]ur|[Mm]y)[ \t]+(?:(?!(?:favourite|favorite|go-to|usual|old|current|daily|nightly|morning|evening)\b)[A-Za-z-]{1,20}[ \t]{1,3}){1,5}?(?:is|are)[ \t]+(?:also[ \t]+|now[ \t]+)?(?:back[ \t]+in[ \t]+stock|in[ \t]+stock|available[ \t]+to[ \t]+(?:buy|order)|on[ \t]+sale)\b|#(?:[Mm]y)?[Oo]wn[Bb]rand\b|\b[Mm]y[ \t]+own[ \t]+(?:brand|range|label|company)\b/g;

/**
 * Notices from the NHS, the HSE or a GP practice to its patients: they tell people how to get a
 * medicine or service, and their "book" or "call reception" sells nothing. The words are the
 * institution's own voice ("Dear Patient", "call reception"), not "see your GP", which every
 * doctor's explainer says.
 */
export const PUBLIC_SERVICE = /\b(?:HSE|Dear[ \t]+[Pp]atients?|[Pp]ractice[ \t]+[Nn]urse|(?:call|contact|ring)[ \t]+(?:our[ \t]+|the[ \t]+)?reception|reception[ \t]+team|eligib(?:le|ility)|on[ \t]+prescription|prescription[ \t]+charges?|[Mm]edical[ \t]+[Cc]ard|GP[ \t]+[Vv]isit[ \t]+[Cc]ard|routine[ \t]+appointment|(?:the|our)[ \t]+(?:[Pp]ractice|[Ss]urgery)|[Pp]harmacy[ \t]+[Ff]irst|[Pp]atients[ \t]+(?:do[ \t]+not|don['’]t)[ \t]+need|health[ \t]+board|ICB|NHS[ \t]+App|residents[ \t]+are)\b/g;

/** A sentence that says a thing is not offered, or warns against it: what it names is not sold there. */
export const NOT_SOLD = /\b(?:(?:do|does|did)[ \t]*(?:not|n['’]t)|DON['’]T|no[ \t]+longer|never|won['’]t|will[ \t]+not|cannot|can['’]t)[ \t]+(?:\S+[ \t]+){0,2}?(?:offer|offers|provide|sell|stock|prescribe|advertise|promote|recommend)\b|\b(?:should|must|may)[ \t]+not[ \t]+be[ \t]+(?:advertised|promoted)\b|\bprohibited\b|\b(?:don['’]t|do[ \t]+not)[ \t]+be[ \t]+fooled\b|\bbeware\b|\bwarning\b|\bbe[ \t]+wary\b|\bavoid[ \t]+(?:clinics|providers|sellers|anyone)\b/gi;

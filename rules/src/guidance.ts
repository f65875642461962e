// The quote book (../shared/guidance/README.md) as data: every quotation word for word, with its
// source, and a paragraph number only where the quote book confirms one. Rules pick from here.
import type { Guidance, Jurisdiction } from './types.js';

const GMC_SM = 'GMC, Using social media as a medical professional (2024)';
const GMC_GMP = 'GMC, Good medical practice (2024)';
const GMC_COI = 'GMC, Identifying and managing conflicts of interest (2024), as quoted in the MDU guide';
const MDU = 'MDU, Medical influencers: navigating social media as doctors (2024)';
const BMA = 'BMA, Social media, ethics and professionalism';
const CAP = 'CAP Code';
const MC_IE = 'Medical Council, Guide to Professional Conduct and Ethics, 9th edition (2024), as summarised by Medical Protection';
const ASAI = 'ASAI, influencer marketing guidance';
const FTC = 'FTC, Guides Concerning the Use of Endorsements and Testimonials in Advertising (16 CFR 255)';
const FTC_101 = 'FTC, Disclosures 101 for Social Media Influencers';
const AMA = 'AMA Code of Medical Ethics, Physicians\u2019 Use of Social Media for Product Promotion and Compensation';
const MP_IE = 'Medical Protection, Staying safe on social media (Medical Independent, 2024), on the Medical Council\u2019s Guide (Medical Protection\u2019s words, not the Council\u2019s)';
const AMA_MEDIA = 'AMA, Physicians in the media: Responsibilities to the public and the profession (2020)';

export const Q = {
  gmcSm8: { source: GMC_SM, quote: "It is important that your content includes appropriate context, so that people who access what you say about health and healthcare have information that supports their understanding and helps them to verify your claims and expertise. If you're commenting on health or healthcare issues you should usually say who you are." },
  gmcSm12: { source: `${GMC_SM}, as quoted in the MDU guide`, paragraph: '12', quote: 'If you use social media to advertise your services, or use your professional position to promote or endorse any other services or products, you must be open and honest about any interests you have that may influence (or could be seen to influence) the recommendations you make.' },
  gmcSm14: { source: GMC_SM, paragraph: '14', quote: 'You must not use social media to abuse, discriminate against, bully, harass or deliberately target any individual or group.' },
  gmcSm15: { source: GMC_SM, paragraph: '15', quote: 'When interacting with or commenting about individuals or organisations on or using social media, be aware that communications are subject to the same laws of copyright, defamation, discrimination, and harassment as written or verbal communications \u2013 whether they are made in a personal or professional capacity.' },
  mduSm17: { source: `${MDU}, summarising GMC social media guidance paragraph 17 (the MDU's words, not the GMC's)`, quote: 'if a patient contacts you through a private profile, you should direct them to an appropriate healthcare setting' },
  gmcSm18: { source: GMC_SM, paragraph: '18', quote: "When using social media of any kind, you must maintain patient confidentiality and recognise and respect patients' dignity and their right to privacy." },
  gmcSm19: { source: GMC_SM, paragraph: '19', quote: 'Although individual pieces of information may not breach confidentiality on their own, the sum of information shared could be enough for a patient or someone close to them to recognise and identify their case.' },
  gmcSm20: { source: `${GMC_SM}, as the MDU guide gives it`, paragraph: '20', quote: 'You must not disclose identifiable information about patients using social media, unless you have explicit consent \u2013 for example, for educational purposes' },
  gmp2: { source: `${GMC_GMP}, paragraph number from the MDU guide`, paragraph: '2', quote: 'you must recognise and work within the limits of your competence' },
  gmp81: { source: GMC_GMP, paragraph: '81', quote: "You must make sure that your conduct justifies patients' trust in you and the public's trust in your profession." },
  gmp82: { source: GMC_GMP, paragraph: '82', quote: 'You must always be honest about your experience, qualifications, and current role.' },
  gmp89: { source: GMC_GMP, paragraph: '89', quote: 'You must make sure any information you communicate as a medical professional is accurate, not false or misleading. This means: you must take reasonable steps to check the information is accurate; you must not deliberately leave out relevant information; you must not minimise or trivialise risks of harm; you must not present opinion as established fact.' },
  gmp90: { source: GMC_GMP, paragraph: '90', quote: "When communicating publicly as a medical professional \u2013 including using social media, advertising your services, and promoting or endorsing any services or products: \u2026 you must declare any conflicts of interest; you must not exploit people's vulnerability or lack of medical knowledge; you must make sure what you communicate is in line with your duty to promote and protect the health of patients and the public." },
  gmcCoi8: { source: GMC_COI, paragraph: '8', quote: 'trust can be damaged by the perception that a medical professional may be prioritising their own interests above patient care, even if the medical professional is confident their interests have no influence over the way they practise.' },
  cap21: { source: CAP, paragraph: 'rule 2.1', quote: 'Marketing communications must be obviously identifiable as such.' },
  cap23: { source: CAP, paragraph: 'rule 2.3', quote: 'Marketing communications must not falsely claim or imply that the marketer is acting as a consumer or for purposes outside its trade, business, craft or profession; marketing communications must make clear their commercial intent, if that is not obvious from the context.' },
  mduAd: { source: MDU, quote: 'Advertisements since 2018 must be clearly defined as such at the start of the post, commonly with the hashtag #AD, or similar.' },
  cap121: { source: CAP, paragraph: 'rule 12.1', quote: 'Objective claims must be backed by evidence, if relevant consisting of trials conducted on people.' },
  cap1212: { source: `${CAP}, in the ASA's wording`, paragraph: 'rule 12.12', quote: 'Prescription-only medicines (POMs) cannot be advertised to the public' },
  hmr284: { source: 'Human Medicines Regulations 2012', paragraph: 'regulation 284(1)', quote: 'A person may not publish an advertisement that is likely to lead to the use of a prescription only medicine.' },
  bmaSignpost: { source: BMA, quote: 'Signposting sources of information or answering general questions of fact is unlikely to be problematic. However, there would be significant risks in providing personalised health advice via social media to members of the public, and this should be avoided.' },
  bmaAnonymised: { source: BMA, quote: 'Even after you have removed or heavily anonymised information that would directly identify patients, it may still be possible for a patient or their families to identify themselves from the individual bits of information that remain.' },
  bmaTrust: { source: BMA, quote: 'If you are posting as a doctor, your posts are likely to be taken on trust. Be honest and avoid, or be open, about any conflicts of interest.' },
  bmaDefamation: { source: BMA, quote: 'Remember that defamation law applies online \u2013 avoid adverse comments about individuals or organisations, which could be perceived to be gratuitous or unsubstantiated.' },
  gmc2013p17: { source: "GMC, Doctors' use of social media (2013, replaced in 2024)", paragraph: '17', quote: 'If you identify yourself as a doctor in publicly accessible social media, you should also identify yourself by name. Any material written by authors who represent themselves as doctors is likely to be taken on trust and may reasonably be taken to represent the views of the profession more widely.' },
  mcIdentify: { source: MC_IE, quote: 'if clinical advice is given online, a doctor should always identify themselves by name, reminding doctors that they are legally liable for anything published on their own social channels.' },
  mcPatients: { source: MC_IE, quote: 'Doctors should not publish information or comments about, or images of, individual patients from which those patients might be identified on publicly available platforms.' },
  asaiLabel: { source: ASAI, quote: 'The label must be at the start of your content and clearly visible.' },
  asai41: { source: 'ASAI Code', paragraph: '4.1', quote: 'A marketing communication should not mislead, or be likely to mislead, by inaccuracy, ambiguity, exaggeration, omission or otherwise.' },
  ftc255_5: { source: FTC, paragraph: '255.5(a)', quote: 'When there exists a connection between the endorser and the seller of the advertised product that might materially affect the weight or credibility of the endorsement, and that connection is not reasonably expected by the audience, such connection must be disclosed clearly and conspicuously.' },
  ftc101Relationship: { source: FTC_101, quote: 'Disclose when you have any financial, employment, personal, or family relationship with a brand.' },
  ftc101Missed: { source: FTC_101, quote: 'likely to be missed if they appear only on an ABOUT ME or profile page, at the end of posts or videos, or anywhere that requires a person to click MORE.' },
  amaInterests: { source: AMA, quote: 'Publicly disclose any financial interests related to their social media content, including, but not limited to, paid partnerships and corporate sponsorships.' },
  amaPatients: { source: AMA, quote: 'refrain from publishing patient information online without appropriate consent.' },
  amaReputation: { source: AMA, paragraph: 'item 1', quote: 'When publishing any content, consider that even personal social media posts have the potential to damage their professional reputation or even impugn the integrity of the profession.' },
  // Ireland, beyond the Guide's summary: Medical Protection's own words, the Council's 2012 release, ASA Ireland, the HPRA.
  mpTrust: { source: MP_IE, quote: 'maintaining public trust in the profession requires that doctors consistently apply professional standards, ethical principles, and respect for persons, to all online communications.' },
  mpNegligence: { source: MP_IE, quote: 'These risks include the potential for a clinical negligence claim (for example, if individualised medical advice was provided) and complaints (including to the Medical Council).' },
  mcIndustry2012: { source: 'Medical Council, news release on relationships between doctors and industry (11 October 2012), the then President\u2019s words', quote: 'The public need to be confident that their doctor\u2019s professional opinion is not influenced by marketing or promotional activities.' },
  asai49: { source: 'ASAI Code, in the words the ASAI\u2019s chief executive quotes', paragraph: '4.9', quote: 'A marketing communication should not contain claims \u2013 whether direct or indirect, expressed or implied \u2013 which a consumer would be likely to regard as being objectively true unless the objective truth of the claims can be substantiated.' },
  asaIe111: { source: 'ASA Ireland Code, Health and Beauty (adstandards.ie)', paragraph: '11.1', quote: 'Claims about health and beauty products and treatments should be backed by substantiation. Where relevant, this should include the results of robust and reputable trials on human subjects, of sufficient rigour, design and execution as to warrant general acceptance of the results.' },
  asaIe1116: { source: 'ASA Ireland Code, as quoted in the ASA\u2019s adjudications', paragraph: '11.16', quote: 'Prescription-only medicines may not be advertised to the public' },
  hpraPom: { source: 'HPRA, Advice for media and social media outlets: advertising and promotion of medicines', quote: 'It is important to note that the Irish advertising regulations for medicines prohibit the advertising of prescription-only medicines to the public. These regulations apply to anyone who advertises a medicine in Ireland, not just pharmaceutical companies.' },
  // The United States, beyond the FTC's Guides: the AMA on physicians in the media, the FTC's health guidance.
  ama812Expertise: { source: `AMA Code of Medical Ethics, Ethical Physician Conduct in the Media, as quoted in ${AMA_MEDIA}`, paragraph: 'Opinion 8.12', quote: 'commensurate with their medical expertise' },
  ama812Grounded: { source: `${AMA_MEDIA}, summarising Opinion 8.12 (the AMA\u2019s words, not the opinion\u2019s)`, quote: 'It is ethically inappropriate for physicians to publicly recommend behaviors or interventions that are not scientifically well grounded.' },
  ama812Misread: { source: `${AMA_MEDIA}, summarising Opinion 8.12 (the AMA\u2019s words, not the opinion\u2019s)`, quote: 'They should also recognize that audiences may misunderstand the information physicians provide as personal medical advice.' },
  cejaSeekCare: { source: 'AMA Council on Ethical and Judicial Affairs, report on physicians in the media (2017, adopted into Opinion 8.12), its recommendation as the AMA quotes it', quote: 'Encourage audience members to seek out qualified physicians to address the unique questions and concerns they have about their respective care when providing general medical advice.' },
  ftcHealthRct: { source: 'FTC, Health Products Compliance Guidance (2022), as quoted by Hyman, Phelps & McNamara (FDA Law Blog)', quote: '[a]s a general matter, substantiation of health-related benefits will need to be in the form of randomized, controlled human clinical testing (RCTs) to meet the competent and reliable scientific standard.' },
} satisfies Record<string, Guidance>;

/**
 * Another jurisdiction's quotes, for a rule that has no guidance of this jurisdiction's own in the
 * quote book for what it checks: marked, so that every finding and hover says whose guidance it
 * applies by analogy rather than passing it off as the reader's own.
 */
export function byAnalogy(from: Jurisdiction, ...quotes: Guidance[]): Guidance[] {
  return quotes.map((q) => ({ ...q, analogy: from }));
}

// The conduct checks judge a sentence by what it does (issue 15): each context decision, both ways.
// Every draft here is written for this test.
import { describe, expect, it } from 'vitest';
import { profanities } from '../../rules/src/util/profanity.js';
import { check } from '../helpers/check.js';

const found = (text: string, rule: string) => check(text).findings.filter((f) => f.rule === rule);
const raises = (rule: string, text: string) => expect(found(text, rule), text).not.toEqual([]);
const quiet = (rule: string, text: string) => expect(found(text, rule), text).toEqual([]);

describe('professionalism: whom a remark targets', () => {
  it('contempt for a group of people by religion, ethnicity or origin, but not blunt criticism of a policy', () => {
    raises('professionalism', 'Honestly, the Romanians on our ward are the laziest workers I have ever met.');
    raises('professionalism', 'Muslims are brainwashed, every last one of them.');
    quiet('professionalism', 'The government is lazy and its workforce plan is useless.');
    quiet('professionalism', 'This rota policy is a joke and the funding cuts are criminal.');
  });

  it('a wish of harm on a person, but not a report of harm', () => {
    raises('professionalism', 'I hope you suffer for what you did to the NHS, Smithers!');
    raises('professionalism', 'Dead quiet on the ward. Will someone please crash so I have something to do?');
    quiet('professionalism', 'Three people were shot outside the club and two of them died in resus.');
    quiet('professionalism', 'I hope no patient has to suffer a wait like that again.');
  });

  it('violent injury relished, but not violent injury told plainly', () => {
    raises('professionalism', 'My favourite scan of the year: a man shot in the face who somehow walked in.');
    quiet('professionalism', 'Last night a man shot in the face walked into resus. He is in intensive care and his family are with him.');
  });

  it('swearing aimed at someone, through masks and leetspeak, but not frustration with no target', () => {
    raises('professionalism', 'You absolute b*****ds, leave the nurses alone.');
    raises('professionalism', 'Whoever parked in the ambulance bay, you utter sh1tbag.');
    quiet('professionalism', 'What a f***ing shift. Home now.');
    quiet('professionalism', 'Bloody hell, twelve hours and no break.');
  });

  it('dehumanising words put on people, but not a comparison made on their behalf', () => {
    raises('professionalism', 'Spent the night cleaning up after those animals in the waiting room.');
    quiet('professionalism', 'Patients were left on trolleys in the corridor like animals, and it has to stop.');
  });

  it('a slur quoted to be condemned, or a word disowned, is not used', () => {
    raises('professionalism', 'Another frequent flyer in cubicle 4 tonight 🙄');
    quiet('professionalism', 'Please stop calling people "frequent flyers". They are lonely and unwell.');
    quiet('professionalism', 'I would never call a patient a time-waster.');
  });

  it('patients made a game of, at work', () => {
    raises('professionalism', 'Slow list in theatre, so we played guess the weight with every patient who came through. Loser buys coffee.');
    raises('professionalism', 'Winner of the dumbest call of the week goes to the man who rang 999 for a splinter.');
    quiet('professionalism', 'Guess the weight of the cake at our ward bake-off raised £80 for the hospice.');
    quiet('professionalism', 'Can you guess the weight of the biggest tumour I have removed? A whole kilo, and she is doing well.');
  });

  it('reads obfuscated swearing with the library, and leaves clinical words alone', () => {
    expect(profanities('f***ing useless').map((p) => p.word)).toEqual(['fucking']);
    expect(profanities('sh1t happens').map((p) => p.word)).toEqual(['shit']);
    expect(profanities('a finger prick test, anal fissure, penile discharge, spastic diplegia')).toEqual([]);
    expect(profanities('I code in C++ and take nifedipine retard')).toEqual([]);
    // Leetspeak would read "455" as a swear word; a number is not one.
    expect(profanities('Note 455: ferritin 455, dose 5h.')).toEqual([]);
  });
});

describe('professionalism: the forms regulators rule on, in other words, and their clean twins', () => {
  it('contempt said of a group, a patient group or disabled people, but not a fact about their health', () => {
    raises('professionalism', 'Honestly, Hindus in this town are filthy and they lie about everything.');
    raises('professionalism', 'Half the people on my diabetes list have zero willpower and no intention of changing.');
    raises('professionalism', 'The wheelchair users at my clinic are professional victims, the whole lot of them.');
    quiet('professionalism', 'South Asian people have higher rates of type 2 diabetes, so we start screening earlier.');
    quiet('professionalism', 'Violent crime against nurses is rising, and Black nurses report more of it.');
    quiet('professionalism', 'If you have spent years thinking you are lazy, an ADHD diagnosis can bring relief.');
  });

  it('people likened to animals, but not what is done to people, nor animals on a farm', () => {
    raises('professionalism', 'The families on that estate live like pigs and breed like rabbits.');
    raises('professionalism', 'Believers in that church are gullible sheep.');
    quiet('professionalism', 'Frail patients were moved between wards at 3am like cattle, and it has to stop.');
    quiet('professionalism', 'Anyone in regular contact with pigs or poultry is offered the flu vaccine.');
  });

  it('a mishap wished, indifference to a death, punishment called for; not a hope for justice', () => {
    raises('professionalism', 'Whoever wrote this rota, I hope you fall down the stairs on your way to the meeting.');
    raises('professionalism', 'If that councillor ends up in a coffin from the virus I will not shed a tear.');
    raises('professionalism', 'Those anti-vaxxers can choke in the corridor for all I care.');
    raises('professionalism', 'That charlatan selling bleach cures should be horsewhipped in the street.');
    quiet('professionalism', 'I hope whoever assaulted our porter is caught and prosecuted.');
    quiet('professionalism', 'After four nights in a row, please put me out of my misery with a coffee.');
  });

  it('patients mocked at work: nicknames, contests, captions, sarcasm; not a team joke about itself', () => {
    raises('professionalism', 'On the ward we all call him "Sir Moans-a-Lot" because he never stops complaining 🙄');
    raises('professionalism', 'New contest on nights: a prize for the stupidest excuse of the week for coming to A&E.');
    raises('professionalism', 'Patient in bay 2 says the pain is unbearable while eating crisps. Give that man an Oscar.');
    raises('professionalism', "It's not like he was going to complain, he was asleep the whole time 😂");
    quiet('professionalism', 'Our night team calls itself the Vampire Squad and the cake rota is taken very seriously.');
    quiet('professionalism', 'Commonly known as shingles, this rash comes from the chickenpox virus.');
  });

  it('a slur written as a hashtag, a name for people by their illness, a colleague put in their place; not the same words disowned', () => {
    raises('professionalism', 'Another night shift of chest pain at 4am, same faces every week #frequentflyers #timewasters');
    raises('professionalism', 'Clinic overran again thanks to the worried well #hypochondriacs');
    raises('professionalism', 'Fifteen years on the acute unit and the crazies still make my night lol');
    raises('professionalism', 'A band 6 questioning my plan on the ward round? Know your place and leave the thinking to the doctors.');
    raises('professionalism', 'Bed 9 is honestly the largest specimen we have ever admitted 😂');
    quiet('professionalism', 'Can we retire the hashtag #frequentflyers? People who come back often are usually the sickest.');
    quiet('professionalism', 'Health anxiety is real distress, and the word "hypochondriacs" helps nobody.');
    quiet('professionalism', 'Biggest baby I have ever delivered tonight: 5.1 kg and mum was a superstar.');
    quiet('professionalism', 'Our band 5 nurses spotted the sepsis before any of us did. Listen to them.');
  });

  it('blame as a sarcastic condition, a death joked about, an accent mocked, freeloaders; not a policy argument, nor an accent praised', () => {
    raises('professionalism', 'Perhaps if you had turned up to your diabetic clinic once this year you would not be losing toes.');
    raises('professionalism', 'Cubicle 4 transferred to the great ICU in the sky overnight. One less call bell 💀');
    raises('professionalism', 'Staff room entertainment: my impression of the new reg doing the ward round 😂');
    raises('professionalism', 'Same faces every winter demanding everything on the NHS. Freeloaders, the lot of them.');
    quiet('professionalism', 'Perhaps if we funded district nursing properly, patients would not need to wait in A&E.');
    quiet('professionalism', 'Our new reg has the loveliest Donegal accent and the kindest manner with families.');
    quiet('professionalism', 'Handover took 40 minutes because nobody could get a word in over the alarms.');
    raises('professionalism', 'Shout-out to the lady in bed 7 who ate a full kebab at 2am while nil by mouth 😂 Elite work.');
    quiet('professionalism', 'Well done to the lad in cubicle 2 for staying calm through a long night 👏 absolute legend.');
  });

  it('masked swearing aimed at someone, but not masked swearing at a day', () => {
    raises('professionalism', '@NightManagerDave you utter c*nt, we had no porters for six hours');
    raises('professionalism', 'The registrar who bleeped me 40 times is a complete a$$hat.');
    raises('professionalism', 'Whoever designed this rota must be a total retard.');
    quiet('professionalism', 'What a sh*tshow of a day. Bath, tea, bed.');
    quiet('professionalism', 'Her nifedipine retard was switched to the standard tablets.');
    expect(profanities('you utter tw*t').map((p) => p.word)).toEqual(['twat']);
    expect(profanities('absolute sh!tbags').map((p) => [p.word, p.insult])).toEqual([['shit', true]]);
  });
});

describe('professionalism: contempt for a people, in the forms a hate post takes (issue 15)', () => {
  it('people said to come from the jungle or down from the trees; not a trip to the rainforest', () => {
    raises('professionalism', 'Try running a clinic for people who come straight out of the jungle and expect miracles.');
    raises('professionalism', 'Half the new porters came down from the trees last month, judging by them.');
    quiet('professionalism', 'Two students came back from the jungle in Borneo with dengue, and both recovered well.');
    quiet('professionalism', 'The orangutans we met came down from the trees to feed at noon.');
  });

  it('a people accused, as a habit, of atrocities against "our" people; not news of one event', () => {
    raises('professionalism', 'They rape our daughters and the police do nothing.');
    raises('professionalism', 'Open the borders and watch them slaughtering our children in the streets.');
    quiet('professionalism', 'The gang that attacked the two girls was jailed last week.');
    quiet('professionalism', 'We teach our daughters about consent from the age of ten.');
    quiet('professionalism', 'Predators pose as teenagers on gaming apps. They are grooming our children in plain sight, so know the signs.');
  });

  it('a group said to be given more than others; not a fact about access, nor a trait said with "usually"', () => {
    raises('professionalism', 'Refugees get all the hand-outs while our own families wait.');
    raises('professionalism', 'Immigrants get loads of freebies the rest of us pay for.');
    quiet('professionalism', 'Refugees predominantly get their care from community clinics, which need funding.');
    quiet('professionalism', 'We gave out hand-outs on inhaler technique at the asthma clinic.');
    quiet('professionalism', 'Women get more benefits than risks from HRT in their fifties.');
    quiet('professionalism', 'Women usually take over the caring when a parent gets dementia.');
  });

  it('the reader\'s taxes said to go to a group\'s "…" in scare quotes; not taxes going to a service, nor plain words', () => {
    raises('professionalism', 'Remember your hard-earned taxes are going to "integration classes" for refugees.');
    raises('professionalism', "Every month our money is spent on the 'cultural needs' of immigrants.");
    quiet('professionalism', 'Remember your taxes go to the "winter pressures" fund that keeps the wards open.');
    quiet('professionalism', 'Some of your taxes go to language classes for refugees, and I think that is money well spent.');
    quiet('professionalism', "Part of your council tax goes to the 'Warm Welcome' hubs that asylum seekers use in winter.");
  });

  it('mock surprise at what people are blamed for; not surprise the writer owns', () => {
    raises('professionalism', 'Half my patients ignore every warning about their sugars and then act shocked at the amputation clinic.');
    quiet('professionalism', 'I skip breakfast all week and then act surprised when I crash at 3pm.');
    quiet('professionalism', 'Patients are often surprised how quickly the stiffness settles once they start moving.');
  });

  it('a patient made to go through a needle again, told after they mocked the writer; not the same mishap told plainly', () => {
    raises('professionalism', 'The man in bay 3 sneered at my accent all morning. Took three goes at his cannula, so he had to be stuck again.');
    raises('professionalism', 'She called me a useless little girl in front of everyone. Funny how I missed, so she had to get jabbed twice.');
    quiet('professionalism', 'Her veins were tiny and I missed, so she had to be stuck twice. I apologised and she was lovely about it.');
    quiet('professionalism', 'The children laughed at the magic trick. Then the line blocked, so he had to be cannulated again.');
  });

  it('a group named two sentences back is still the target across a short fragment; not across a sentence with its own topic', () => {
    raises('professionalism', 'Went past the Gypsies camped by the bypass. Worse than last year. STINKING.');
    quiet('professionalism', 'Gypsies and Travellers face some of the worst health outcomes in the country. Our outreach van visited three sites this month, and the uptake of the flu jab was the best we have had. Stinking weather all week though.');
  });

  it('violence relished in its goriest wording; not the same injury told plainly', () => {
    raises('professionalism', 'Best trauma film of the week: the bit where they shoot the burglar in the head at point-blank range is just beautiful.');
    raises('professionalism', 'My favourite scan this year, the blast split him wide open.');
    quiet('professionalism', 'A farmer was shot in the leg by accident and needed two operations.');
    quiet('professionalism', 'The surgeon split the abscess open and drained it under local anaesthetic.');
  });
});

describe('unsubstantiated-claim: the forms regulators rule on, in other words, and their clean twins', () => {
  it('a product, drip or device said to heal, repair, shield or reverse; not a licensed medicine a clinician describes', () => {
    raises('unsubstantiated-claim', 'Our hyperbaric pod regenerates damaged nerves and wards off dementia. Book online.');
    raises('unsubstantiated-claim', 'This seaweed tincture calms eczema flares and seals a leaky gut. Shop now.');
    quiet('unsubstantiated-claim', 'Metformin lowers blood sugar, and it is the first tablet I usually offer in type 2 diabetes.');
    quiet('unsubstantiated-claim', 'Walking most days lowers blood pressure for many people.');
  });

  it('a testimonial quoted in a post that sells is the advertiser\'s claim; one quoted to debunk is not', () => {
    raises('unsubstantiated-claim', '"My migraines were completely gone after three sessions!" \u2013 Aoife, Sligo\n\nBook your reflexology session today.');
    quiet('unsubstantiated-claim', 'Reviews like "my migraines were completely gone" are not evidence. Headaches come and go by themselves.');
  });

  it('numbers with no source, but not numbers from a named trial', () => {
    raises('unsubstantiated-claim', 'Our collagen shots fade dark spots by 63% in four weeks.');
    raises('unsubstantiated-claim', '87% of customers said their joints felt younger. Order today.');
    quiet('unsubstantiated-claim', 'In the HOPE-3 trial, rosuvastatin cut cardiovascular events by 24% (Yusuf et al., NEJM 2016).');
  });

  it('a lead line offering treatment over a list of conditions, but not a service that lists who it sees', () => {
    raises('unsubstantiated-claim', 'Cupping at our studio helps with:\n\n- migraines\n- asthma\n- infertility\n- fibromyalgia\n\nBook online.');
    quiet('unsubstantiated-claim', 'People with these conditions are eligible for the NHS flu vaccine:\n\n- asthma\n- diabetes\n- heart disease\n- kidney disease');
  });

  it('a condition told as the past beside a product is a result claimed; the same words about a diagnosis are not', () => {
    raises('unsubstantiated-claim', 'Since I started these drops, the headaches I used to get every afternoon have stopped.');
    quiet('unsubstantiated-claim', 'The migraines that I used to have were diagnosed by my GP as tension headaches.');
  });

  it('a product said to kill pathogens, but not a sourced statement about hand washing', () => {
    raises('unsubstantiated-claim', 'Colloidal silver kills 650 pathogens.');
    quiet('unsubstantiated-claim', 'Washing your hands with soap removes most pathogens from the skin (WHO hand hygiene guidance).');
  });

  it('a symptom to report, a cleft with its own remedy, a claim someone is said to have made', () => {
    quiet('unsubstantiated-claim', 'See your GP if you have lost weight without trying or the cough lasts three weeks.');
    quiet('unsubstantiated-claim', 'What cures burnout is enough staff and a proper lunch break.');
    quiet('unsubstantiated-claim', 'Influencers say these patches melt belly fat. They do not.');
  });
});

describe('confidentiality: a patient named by their bed, and a scan described in brackets', () => {
  it('a bed number with a time or a ward, an X-ray described with its hospital and time; not a clinic room, nor a textbook image', () => {
    raises('confidentiality', 'Bed 12 on the stroke unit tonight has had four visitors at once since 9pm.');
    raises('confidentiality', '[image: CXR from last night, 03:10, Westmoor General resus, DOB visible in the corner]');
    quiet('confidentiality', 'Lunch in clinic room 4 today between appointments.');
    quiet('confidentiality', '[image: a textbook chest X-ray showing a classic pneumothorax, from Radiopaedia]');
  });
});

describe('credentials: "specialist" claims a consultant\'s standing', () => {
  it('claimed by a doctor whose credentials do not say it; not by a consultant, nor by a nurse specialist', () => {
    const fm = (credentials: string, body: string) => `---\nauthor: Dr Sam Lee\ncredentials: ${credentials}\n---\n${body}`;
    const said = 'As a skin specialist I see moles like this every week; get any changing mole checked by your GP.';
    expect(found(fm('Aesthetic doctor (MBBS)', said), 'credentials').map((f) => f.message)).toEqual(["'As a skin specialist' claims more than your credentials ('Aesthetic doctor (MBBS)') say"]);
    quiet('credentials', fm('Consultant dermatologist', said));
    quiet('credentials', fm('Clinical nurse specialist, dermatology', 'As a specialist nurse I see moles like this every week; get any changing mole checked by your GP.'));
  });
});

describe('personal-advice: a medicine named from the knowledge list, and a reply under a quoted question', () => {
  it('a change to a named medicine said to one person, or an answer under "… replied:"; not the same as general information or signposting', () => {
    raises('personal-advice', '@pat_k halve your amlodipine from tonight and see how you feel.');
    raises('personal-advice', '> "Itchy and sore down there since Friday, any ideas?"\n\nSam (pharmacist) replied:\n\nSounds like thrush. Use a Canesten pessary tonight and you will be grand.');
    quiet('personal-advice', 'If your blood pressure runs low, your GP may lower your amlodipine dose at your next review.');
    quiet('personal-advice', 'Canesten pessaries are sold in pharmacies; the pharmacist will ask a few questions first.');
    quiet('personal-advice', '> "Itchy and sore down there since Friday, any ideas?"\n\nSam (pharmacist) replied:\n\nPlease speak to your pharmacist or GP, or call 111 at the weekend, especially if you are pregnant.');
  });
});

describe('unsubstantiated-claim: results and conditions in the forms blind-11 found', () => {
  it('a customer\'s lab value or stopped medicine, a crystal for hormones, spinal adjustments for childhood illness; not a patient\'s own news, nor a debunk', () => {
    raises('unsubstantiated-claim', '"My HbA1c went from 70 to 48 in 3 months!" - Dave. Our keto shakes are 20% off this week');
    raises('unsubstantiated-claim', '"Off my metformin since March, thank you!!" - Priya. Berberine capsules, £22 a jar, link in bio');
    raises('unsubstantiated-claim', 'Moon-charged rose quartz to dissolve cysts and balance your hormones naturally. £38, DM to order');
    raises('unsubstantiated-claim', 'Spinal adjustments can help with colic and bedwetting in children. Book a free check.');
    quiet('unsubstantiated-claim', 'My TSH went from 9 to 2 once my GP got the levothyroxine dose right. So relieved.');
    quiet('unsubstantiated-claim', 'Finally off my steroids after six months on the biologic my rheumatologist prescribed.');
    quiet('unsubstantiated-claim', 'An NHS review found no good evidence that spinal adjustments help with colic.');
    quiet('unsubstantiated-claim', 'Are £150 home gut tests worth it? None has been shown in good trials to improve symptoms, so save your money.');
    raises('unsubstantiated-claim', 'An hour under the infrared blanket sweats out heavy metals and toxins. Mine is linked below (affiliate).');
    raises('unsubstantiated-claim', 'Hair mineral analysis now in clinic: one sample can detect heavy metal toxicity and candida overgrowth. €95, PM to book.');
    quiet('unsubstantiated-claim', 'Cervical screening can detect cell changes years before cancer develops. Book at your GP practice.');
    raises('unsubstantiated-claim', 'Our gut-reset capsules clear IBS for good, the results our trial customers report. Order today.');
  });
});

describe('unsubstantiated-claim: asserted or not', () => {
  it('a claim made for a product, but not the same claim negated, asked, debunked or sourced', () => {
    raises('unsubstantiated-claim', 'Our elderberry gummies kill viruses and protect against flu.');
    quiet('unsubstantiated-claim', 'Elderberry gummies do not kill viruses or protect against flu.');
    quiet('unsubstantiated-claim', 'Do elderberry gummies really protect against flu?');
    quiet('unsubstantiated-claim', 'Myth: elderberry gummies protect against flu. There is no good evidence they do.');
    quiet('unsubstantiated-claim', 'Elderberry extract shortened colds by a day in one small trial ([study](https://example.org/trial)).');
  });

  it('claims reported to be refuted are not made', () => {
    raises('unsubstantiated-claim', 'This tea cures eczema.');
    quiet('unsubstantiated-claim', 'Sellers claim this tea cures eczema. It does not.');
    quiet('unsubstantiated-claim', 'You will see it called a "cure", but nothing here cures eczema.');
  });

  it('what a licensed medicine does, said by an authority, is information; a supplement claiming it is not', () => {
    quiet('unsubstantiated-claim', 'The NHS recommends the flu vaccine because it helps protect you against flu.');
    quiet('unsubstantiated-claim', 'Antihistamines reduce hay fever symptoms for most people.');
    raises('unsubstantiated-claim', 'Our turmeric capsules reduce arthritis pain permanently.');
  });

  it('an alternative therapy offered for a list of conditions, and a serious illness ruled out as a certainty', () => {
    raises('unsubstantiated-claim', 'Conditions we treat with acupuncture:\n\nAsthma, diabetes, migraine, infertility, arthritis and depression.');
    raises('unsubstantiated-claim', 'If the pain gets worse when you breathe in, it is NOT a heart attack.');
    quiet('unsubstantiated-claim', 'Chest pain that gets worse when you breathe in is less often a heart attack, but call 999 if you are unsure.');
  });

  it('a price guarantee is not a health claim', () => {
    quiet('unsubstantiated-claim', 'Lowest price guaranteed on all our hay fever tablets.');
  });
});

describe('credentials: who the writer says they are', () => {
  const advice = 'If your child has a fever, give paracetamol by the dose on the bottle and call 111 if they are floppy or the fever lasts more than five days.';

  it('clinical advice with no self-identification is raised', () => {
    raises('credentials', `${advice}\n`);
  });

  it.each([
    ['in the first person', `As a GP, I get asked this every winter. ${advice}`],
    ['on nights, as an FY2', `On nights as an FY2 this week. ${advice}`],
    ['as a role "here"', `Paediatric nurse here. ${advice}`],
    ['in a handle', `${advice}\n\n@DrPriyaNairGP`],
    ['in a sign-off', `${advice}\n\n— Dr Priya Nair`],
    ['with letters after a name', `${advice}\n\nPriya Nair, MRCGP`],
    ['in front matter', `---\nauthor: Priya Nair\ncredentials: GP, Bristol\n---\n${advice}`],
    ['as an organisation', `${advice}\n\nHollins Lane Surgery`],
    ['as years in a field', `Twelve years in general practice and this still worries parents most. ${advice}`],
    ['as years in a role', `20 years as a midwife taught me one thing. ${advice}`],
    ['as a label before the advice', `Reminder from an A&E consultant: ${advice}`],
  ])('self-identification %s lifts it', (_how, text) => {
    quiet('credentials', text);
  });

  it.each([
    ['at work, in the first person', `I'm admitting three people a night with this. ${advice}`],
    ['on their ward', `We see it on my ward every January. ${advice}`],
    ['as a practice speaking as itself', `The practice will text you when your review is due. ${advice}`],
    ['by a grade and specialty in shorthand', `As a paeds reg on nights, I see this every week. ${advice}`],
    ['by a grade number', `Speaking as an ST5 in emergency medicine: ${advice}`],
  ])('a writer who says what they do at work, or an organisation in its own voice: %s', (_how, text) => {
    quiet('credentials', text);
  });

  it('years somewhere else, or advice passed on from someone else, do not say what the writer is', () => {
    raises('credentials', `Two years in hospital after the crash taught me patience. ${advice}`);
    raises('credentials', `Advice from a GP friend: ${advice}`);
  });

  it('"my patients" alone does not say what the writer is: a naturopath has patients too', () => {
    raises('credentials', `I tell all my patients this. ${advice}`);
  });

  it('a story, an opinion or an advert\'s "you" is not clinical advice', () => {
    quiet('credentials', 'When my daughter had sepsis at three, I did not know the signs. I think about it every winter.');
    quiet('credentials', 'That clinic and its vitamin drips should be shut down and the owner struck off.');
    quiet('credentials', 'I tried the new sleep spray this week and it really helped me drift off. Do you guys sleep well?');
  });

  it('a post with no clinical information is not raised', () => {
    quiet('credentials', 'Twelve hours in, no break, and the coffee machine is broken. Have you ever had a shift like this?');
  });

  it('a "Dr" beside a practice whose doctors are not medical doctors, unless the draft shows a medical qualification', () => {
    raises('credentials', 'Dr Tom Reyes is our lead chiropractor, with a Doctor of Chiropractic from a US college.');
    raises('credentials', 'Meet Dr Ana Lind (PhD), our naturopath: the number 1 in the world for gut health.');
    quiet('credentials', 'Dr Tom Reyes, consultant rheumatologist (MBBS, FRCP), explains why chiropractic does not help ankylosing spondylitis.');
  });
});

describe('forms found by a blind set of posts (corpus-blind-7), in other words', () => {
  it('an eye-roll at the writer or at a colleague\'s claim is not one at patients; at patients it is', () => {
    quiet('professionalism', 'Our patients ask about this a lot. Sorry, I am hopeless at replying to messages this week 🙃 The clinic is shut on Friday for training.');
    quiet('professionalism', 'Patients ask me about back pain every day.\n\nJust heard a surgeon on a podcast say that back pain is all in the mind 🙃');
    raises('professionalism', 'Fourth patient today wanting antibiotics for a two-day cold 🙄 Anyway, back to it.');
  });

  it('a disclaimer that nothing is advice for one person is not personal advice', () => {
    quiet('personal-advice', 'None of this is medical advice for you personally. If you are worried, speak to your own GP or pharmacist.');
    raises('personal-advice', 'My honest view: for you personally I would drop the evening dose and see how you go.');
  });

  it('an eligibility list\'s age band is not a patient\'s age; a case told in shorthand is a patient', () => {
    quiet('confidentiality', 'Free NHS flu jabs if you are:\n\n- aged 65 or over\n- a carer\n- a child aged 2 or 3');
    raises('confidentiality', 'Last night in majors: 47 y/o roofer from Tralee, fell two storeys, walked in holding his wrist.');
  });

  it('a product\'s disclaimer denies every verb of its list', () => {
    quiet('unsubstantiated-claim', 'Take two gummies a day with food. These statements are not meant to diagnose, treat, cure or prevent any disease.');
    raises('unsubstantiated-claim', 'Take two gummies a day with food. They cure colds in a day.');
  });
});

describe('forms found by a second blind set (corpus-blind-8), in other words', () => {
  it('a bare "100%" is certainty claimed only where it states a result', () => {
    quiet('unsubstantiated-claim', 'Week one of the new rota and it was 100% chaos. Loved the team though.');
    raises('unsubstantiated-claim', 'Our collagen drink clears acne. It works 100%.');
    raises('unsubstantiated-claim', 'Our collagen drink clears acne in 100% of users.');
  });

  it('a name and then a role says who the writer is', () => {
    const advice = 'If your child has a fever, give paracetamol by the dose on the bottle and call 111 if they are floppy or the fever lasts more than five days.';
    quiet('credentials', `Hi, I'm Raj, a community pharmacist. ${advice}`);
    quiet('credentials', `My name is Aoife and I'm a GP in Cork. ${advice}`);
    raises('credentials', `Hi, I'm Raj, a dad of two. ${advice}`);
  });

  it('"I saw" names a patient only when a person is what was seen; "I was her GP" is the writer\'s patient', () => {
    quiet('confidentiality', 'I saw five adverts for weight-loss jabs this morning, on the bus to work in Leeds, aged 34 and tired.');
    raises('confidentiality', 'This morning I saw a retired teacher from Whitby, 81, who had been on the floor all night.');
    raises('confidentiality', 'I have been her GP for fourteen years. She is 67, lives alone on Church Street in Ripon and finally told me today.');
  });

  it('"TikTok" alone is a platform; "a TikTok" from the ward is a video', () => {
    quiet('workplace-content', 'Patients on the ward keep quoting diagnoses they got off TikTok. Worth a chat with them, gently.');
    raises('workplace-content', 'Filmed a TikTok on the ward between patients, with the monitors behind me 💃');
  });

  it('"you\'ll be fine to take…" tells one person what is safe for them', () => {
    raises('personal-advice', '@sam_reads you\'ll be fine to take the ibuprofen with your blood pressure tablets, don\'t worry.');
    quiet('personal-advice', '@sam_reads your pharmacist can check whether ibuprofen is safe with your blood pressure tablets.');
  });
});

describe('unsubstantiated-claim: medicinal claims in the shapes adverts use, and their clean twins', () => {
  it('a product offered instead of a medicine, or called one', () => {
    raises('unsubstantiated-claim', 'Our turmeric capsules are a natural alternative to antidepressants.');
    raises('unsubstantiated-claim', 'This $20 berberine supplement is nature\'s Ozempic.');
    quiet('unsubstantiated-claim', 'There is no natural alternative to antibiotics for a kidney infection.');
  });

  it('a medicinal property claimed for a product, but not a class of licensed medicines', () => {
    raises('unsubstantiated-claim', 'Antiviral and antibacterial: our manuka honey is a medicine cabinet in a jar.');
    quiet('unsubstantiated-claim', 'Antiviral tablets for flu are only offered to people at high risk.');
  });

  it('weight loss in a set time promised for a product, but not a story of one\'s own diet', () => {
    raises('unsubstantiated-claim', 'Lose a stone in 14 days with our slimming patches.');
    quiet('unsubstantiated-claim', 'I lost a stone in 14 days on a liquid diet and regained all of it. Please don\'t.');
  });

  it('"helps" a disease is still a claim for a product; for a licensed medicine it is information', () => {
    raises('unsubstantiated-claim', 'This collagen shot supports healthy joints and helps relieve arthritis.');
    raises('unsubstantiated-claim', 'Our chiropractic adjustments help colic, ear infections and bedwetting in babies.');
    quiet('unsubstantiated-claim', 'Sertraline can help with anxiety, but it usually takes four to six weeks to work.');
  });

  it('a result told for a product is claimed; the same result credited to a licensed medicine is care', () => {
    raises('unsubstantiated-claim', 'My daughter\'s eczema cleared in a week on these probiotics!');
    quiet('unsubstantiated-claim', 'My patient\'s eczema cleared in a week with a steroid cream and emollients.');
    raises('unsubstantiated-claim', 'I haven\'t had a migraine since starting the drops. Thank you Luna Wellness!');
    quiet('unsubstantiated-claim', 'I haven\'t had a migraine since my neurologist started me on propranolol, and I\'m so grateful.');
  });

  it('a product named only to be compared with is not what the claim is for', () => {
    quiet('unsubstantiated-claim', 'Washing your hands removes germs better than any gel.');
    raises('unsubstantiated-claim', 'This hand gel removes germs for 24 hours.');
  });

  it('the reader\'s own self-care is advice, not a product\'s claim', () => {
    quiet('unsubstantiated-claim', 'Pollen is a fine powder from plants. There is no cure for hay fever, but you can do things to ease your symptoms.');
  });

  it('a guarantee or "100%" about something other than health is no health claim', () => {
    quiet('unsubstantiated-claim', 'Call before 10am and you are guaranteed a call back the same day.');
    quiet('unsubstantiated-claim', 'Guaranteed sugar rush. 100% of the money raised goes to the appeal.');
    raises('unsubstantiated-claim', 'Sleepy Owl magnesium gummies. My kids are out within ten minutes, guaranteed.');
    raises('unsubstantiated-claim', 'Do these stretches every night and you will never get shin splints again, guaranteed.');
  });

  it('a cure by a course of licensed treatment is medicine; a supplement said to cure is a claim', () => {
    quiet('unsubstantiated-claim', 'Hepatitis C is an infection we can now cure with a short course of tablets.');
    raises('unsubstantiated-claim', 'CoQ10 cures statin muscle pain, I tell everyone to take it.');
  });

  it('a claim quoted from someone else\'s post, a feed or a seller is reported, not made', () => {
    quiet('unsubstantiated-claim', '"Raw milk cures allergies and builds immunity" is all over my feed again. It doesn\'t.');
    raises('unsubstantiated-claim', '"My son\'s allergies are cured since he started on raw milk," says Jo, one of our customers.');
    quiet('unsubstantiated-claim', '[stitch: "this fifteen dollar supplement is a total game changer for everyone, it melts belly fat while you sleep"]\n\nLet\'s look at the evidence.');
    quiet('unsubstantiated-claim', 'If someone is selling you a miracle with a discount code, ask who is getting paid.');
    quiet('unsubstantiated-claim', 'Lots of questions this week about B12 shots for energy. Unless you are low in B12, a shot will not help.');
  });
});

describe('credentials: more ways writers say who they are', () => {
  const advice = 'If your child has a fever, give paracetamol by the dose on the bottle and call 111 if they are floppy or the fever lasts more than five days.';
  it.each([
    ['a role as slang, "here"', `ER doc here. ${advice}`],
    ['a sign-off with a first name and a role', `${advice}\n\n— Aoife, GP at Riverside Family Practice`],
    ['a name and role after the last sentence, with no dash', `${advice} Ciarán, Pharmacist`],
    ['a name and role on a line of its own', `${advice}\n\nDeclan Roche, GP partner`],
    ['a role in brackets after a name', `${advice}\n\nNiamh (practice nurse)`],
    ['a valediction, a name and a role', `${advice} Kind regards, Tom Walsh, pharmacist at Harbour Pharmacy`],
    ['a valediction and a titled name', `${advice} Thanks, Dr Aoife Byrne`],
    ['letters after a name that only pharmacists hold', `${advice}\n\nBest,\nTom Walsh MPSI`],
  ])('%s', (_how, text) => quiet('credentials', text));
  it('a sign-off with a name alone does not say what the writer is', () => raises('credentials', `${advice}\n\n— Aoife`));
  it('a capitalised word before a role is not a sign-off unless the role ends the line', () => {
    raises('credentials', `${advice} Remember, GP appointments are free.`);
    raises('credentials', `${advice} Thanks, Mum`);
    raises('credentials', `${advice} Jo, your GP will know.`);
  });
});

describe('workplace-content: a caption that points at a case from work it shows', () => {
  it('"… goes to." left to the picture, or "see pic", about a call, a patient or a scan; not an award to a person, nor a pointer to the comments', () => {
    raises('workplace-content', 'Most ridiculous 999 call of the month goes to:');
    raises('workplace-content', 'Today\'s most creative referral from a GP, see attached.');
    quiet('workplace-content', 'The award for best on-call registrar goes to Dr Amira Khan, congratulations!');
    quiet('workplace-content', 'Worried about a mole? Tell me in the comments whether you have had a scan 👇');
    quiet('workplace-content', 'Every penny of the raffle for the patient garden goes to the hospice.');
  });

  it('a photo in scrubs said to be taken outside, or to show no patients, is what the guidance asks for; inside it is not', () => {
    quiet('workplace-content', 'Team photo in our scrubs on the front steps of the hospital, nothing from the wards in it. Best rotation ever.');
    quiet('workplace-content', 'Selfie in scrubs in the car park at 7am, no patients or screens anywhere near.');
    raises('workplace-content', 'Selfie in scrubs by the nurses station at 7am, best rotation ever.');
    quiet('workplace-content', 'Photo: the faculty in the simulation suite with a training defib and the sim monitor behind us. No real patients anywhere.');
  });
});

describe('professionalism: indifference to a death, in the perfect tense', () => {
  it('"I wouldn\'t have lost a minute\'s sleep" over a patient\'s death, but not over a missed deadline', () => {
    const [f] = found("Busy night in majors. If one of them had choked I wouldn't have lost a minute's sleep.", 'professionalism');
    expect(f?.message).toMatch(/^'wouldn't have lost a minute's sleep' counts a death as no loss(?: of people| of patients|$)/);
    quiet('professionalism', 'Missed the audit deadline again. Honestly, I wouldn\'t have lost a minute\'s sleep over it if the form were shorter.');
  });
});

describe('professionalism: contempt in the forms real posts take beyond the word lists (issue 15, by mechanism)', () => {
  it('a person likened to an animal for how they look or move, but not a clinical sign described', () => {
    raises('professionalism', 'The man in cubicle 2 shuffled out of the loo like a walrus and asked for toast.');
    raises('professionalism', 'Half the patients on the weight clinic list are built like baby elephants.');
    quiet('professionalism', 'Patients with proximal muscle weakness can walk like a penguin, the classic waddling gait.');
    quiet('professionalism', 'The walruses at the zoo were the highlight of the kids\u2019 half term.');
  });

  it('slang names for people who use drugs or alcohol, or for old people, but not the words discussed', () => {
    raises('professionalism', 'Two crackheads and a pisshead before midnight, standard Friday.');
    raises('professionalism', 'Nothing but coffin dodgers on the medical take today.');
    quiet('professionalism', 'Calling someone a crackhead is the fastest way to lose them from treatment; the word does harm.');
  });

  it('a put-down said of someone else, but not of oneself', () => {
    raises('professionalism', 'The lad in bay 5 is thick as two short planks and twice as loud.');
    raises('professionalism', 'That gobby relative in the relatives\u2019 room needs to learn some manners.');
    quiet('professionalism', 'I am such a drama queen when I get a cold, ask my wife.');
    quiet('professionalism', 'Grow a pair of chilli plants on the staff room windowsill, they love the heat.');
  });

  it('an illness put in scare quotes or called fake, but not a patient\u2019s own words reported with care', () => {
    raises('professionalism', 'He has had his "blackouts" three times this month, always at handover.');
    raises('professionalism', 'Bay 8 treated us to another fake fit when the police arrived.');
    quiet('professionalism', 'She described the pain as "a hot poker", and we took that seriously.');
    quiet('professionalism', 'Misinformation about fake seizure videos online is frightening parents. Ask us.');
  });

  it('laughing at a patient, or at a crisis or body with a laugh beside it; not laughing with them', () => {
    raises('professionalism', 'Still giggling at the woman who brought her cat to the eye clinic.');
    raises('professionalism', 'Ran CPR on a bloke wedged behind his own fridge! Best night ever 😂');
    quiet('professionalism', 'Laughed at the jokes my patient told all afternoon, what a character.');
    quiet('professionalism', 'Ran CPR on a man in a supermarket tonight. He is alive, and the shoppers who helped were heroes.');
  });

  it('an illness said to be deserved, and people said to be unfit to have children; not the same words negated or reported', () => {
    raises('professionalism', 'The drinkers on the liver ward brought it on themselves, frankly.');
    raises('professionalism', 'People like that should never be allowed to reproduce.');
    quiet('professionalism', 'No one with cirrhosis deserves their illness, and stigma keeps them from care.');
    quiet('professionalism', 'Heart patients are often told they brought it on themselves, and that blame keeps them away.');
  });

  it('harm called for in other words: a threat, a wish for an accident, someone asked to silence a patient', () => {
    raises('professionalism', 'If I ever catch the manager who cut our breaks, he is getting a slap.');
    raises('professionalism', 'I hope Councillor Briggs walks in front of a bus on his way to vote.');
    raises('professionalism', 'The lady in side room 1 has screamed for an hour. Somebody muzzle her.');
    quiet('professionalism', 'A man walked in front of a bus on the high street and is in theatre now; please drive carefully.');
    quiet('professionalism', 'If I ever meet the nurse who held my hand in labour, I will thank her properly.');
  });

  it('acceptance of people waved away, contempt in sarcasm about coming in, and patients rated; not a budget or a fete', () => {
    raises('professionalism', 'No amount of pronouns is going to make that a woman.');
    raises('professionalism', 'Apparently a two-day sniffle is an emergency now, says the man in cubicle 4.');
    raises('professionalism', 'Scores out of ten for tonight\u2019s drunks: the one asleep in the bin gets a nine.');
    quiet('professionalism', 'No amount of funding is going to change that while we have no staff.');
    quiet('professionalism', 'Caption competition for our ward photo at the summer fete, entries by Friday.');
  });

  it('a trait that is a verb, said straight after a group; but not praise of colleagues', () => {
    raises('professionalism', 'Catholics control the hospital boards, everyone knows.');
    quiet('professionalism', 'The ward clerks and porters run this place, so learn their names.');
  });
});

describe('professionalism: forms a third blind set found (corpus-blind-9), in other words', () => {
  it('illness waved away as boredom or idleness; not loneliness said with care', () => {
    raises('professionalism', 'Half the walk-ins today? Not sick, they\u2019re just lazy, and I have stopped pretending.');
    quiet('professionalism', 'Many of my frequent attenders are not ill, they\u2019re lonely, and a social prescriber helps more than I can.');
  });

  it('"learn English or …" said to patients; learning English offered as help is not', () => {
    raises('professionalism', 'Three interpreters booked this morning. Learn English or find yourself another GP.');
    quiet('professionalism', 'Our practice now links patients to free classes where they can learn English, ask at reception.');
  });

  it('harm the writer would gladly let happen; not a patient\u2019s own wish respected', () => {
    raises('professionalism', 'Another drunk refusing his drip. At this point I\u2019m glad to let them suffer.');
    quiet('professionalism', 'She declined the transfusion and we respected it, as the law and her faith ask of us.');
  });

  it('patients rated as customers on a night shift; a caf\u00e9\u2019s customers rating it are not', () => {
    raises('professionalism', 'Rating last night\u2019s customers in A&E: the bloke with the traffic cone gets 3/10.');
    quiet('professionalism', 'Customers rating the hospital caf\u00e9 gave it 4 stars this month, well done team.');
  });

  it('an insult pointed at the colleague the sentence before names', () => {
    raises('professionalism', 'The registrar on call refused to see my patient with a GI bleed. How is this clown still allowed to practise?');
    quiet('professionalism', 'The registrar on call came straight down to see my patient with a GI bleed. Brilliant teamwork.');
  });
});

describe('unsubstantiated-claim: conditions, success rates and fixes, in other words', () => {
  it('"can help" a condition is a claim to treat it for a therapy or product; "can help" digestion is toned down', () => {
    raises('unsubstantiated-claim', 'Cranial osteopathy can help glue ear in toddlers, book a gentle first session.');
    quiet('unsubstantiated-claim', 'Our peppermint tea can help digestion after a big meal.');
  });

  it('a success rate or "safe and effective" said of a therapy or product; not of a vaccine', () => {
    raises('unsubstantiated-claim', 'Hypnotherapy for weight loss with a 90% success rate, sessions from £60.');
    raises('unsubstantiated-claim', 'Our homeopathic drops are a safe and effective remedy for hay fever.');
    quiet('unsubstantiated-claim', 'The MMR vaccine is safe and effective, and two doses protect for life.');
  });

  it('"the natural fix for" a condition names what a product is sold for', () => {
    raises('unsubstantiated-claim', 'Beetroot shots: the natural fix for hypertension, delivered weekly.');
    quiet('unsubstantiated-claim', 'There is no natural fix for hypertension, but walking and less salt help alongside your tablets.');
  });

  it('"little evidence" that a product works is a debunk', () => {
    quiet('unsubstantiated-claim', 'LED masks are everywhere, but there is little good evidence they clear acne. Ask your GP what works.');
  });
});

describe('workplace-content: photos the reader would send are not photos from work', () => {
  it('"don\u2019t send me photos … A&E is the right place" shows nothing; a selfie in A&E does', () => {
    quiet('workplace-content', 'Please don\u2019t send me photos of your rash, I can\u2019t assess you online: your GP or A&E is the right place.');
    raises('workplace-content', 'Quick selfie in A&E before the night shift starts!');
  });
});

describe('credentials: a "Dr" whose stated practice is not medicine, in other words', () => {
  it('a hypnotherapist\u2019s "Dr" misleads; a GP\u2019s does not, nor does a city called DC', () => {
    raises('credentials', 'Panic is a habit your body learned, and it can unlearn it. Breathe out slowly.\n\nDr Aoife Lane, DHyp, clinical hypnotherapist');
    quiet('credentials', 'Panic is a habit your body learned, and it can unlearn it. Breathe out slowly.\n\nDr Aoife Lane, GP, MICGP');
    quiet('credentials', 'Dr Aoife Lane, GP, here: I moved to Washington, DC, last year, and the clinics are brilliant.');
  });
});

describe('professionalism: parasites and worms as infections are not insults', () => {
  it('a gut full of parasites is biology; "those parasites" said of people is contempt', () => {
    quiet('professionalism', 'Doctors rarely test for them, but people with that kind of itch may have worms or other parasites, and a stool test settles it.');
    raises('professionalism', 'Those parasites in bay 3 have been ringing the bell all night for biscuits.');
  });
});

describe('personal-advice: the writer offering to send, or patients who came to them, is no invitation', () => {
  it('"DM me for the pics" and "patients come to me" ask for nothing; "DM me your pics" does', () => {
    quiet('personal-advice', 'Clients have seen results by day 5 (DM me for the pics!)');
    quiet('personal-advice', 'Every winter, patients come to me after months on the same medication, fed up and tired.');
    raises('personal-advice', 'Worried about a rash? DM me your pics and I\u2019ll tell you what it is.');
    raises('personal-advice', 'Send your blood test results to me and I will go through them.');
  });
});

describe('unsubstantiated-claim: testimonials and body parts, in other words', () => {
  it('"feel 20 years younger" and a condition that "has cleared" in a customer\u2019s words are the advertiser\u2019s claims', () => {
    raises('unsubstantiated-claim', 'Since taking the collagen sachets my hips feel ten years younger! - Maureen, 71');
    raises('unsubstantiated-claim', '"My daughter\u2019s acne has cleared since we switched to the serum" - Lisa, Leeds');
    quiet('unsubstantiated-claim', 'My daughter\u2019s acne has cleared since the dermatologist started her on isotretinoin, and we are so grateful.');
  });

  it('a condition named before its symptom ("tummy bugs", "plantar fasciitis pain") is still the outcome a product claims', () => {
    raises('unsubstantiated-claim', 'These copper insoles relieve plantar fasciitis pain from the first step.');
    raises('unsubstantiated-claim', 'Kids\u2019 gummies that stop tummy bugs in their tracks 🦠');
    quiet('unsubstantiated-claim', 'Plantar fasciitis pain usually settles within a year; stretches and supportive shoes help.');
  });
});

describe('professionalism: an eye-roll at the readers of a debunk', () => {
  it('"2 million of you have seen it 🙃" is at the audience; a tally of call bells to bet on is at patients', () => {
    quiet('professionalism', 'Reacting to this magnet-bracelet video because half a million of you have watched it 🙃 Here is what the evidence says.');
    raises('professionalism', 'Tally on the board says 41 call bells tonight 🙃 place your bets for the final number');
  });
});

describe('said of the writer, or debunked with more words', () => {
  it('"I am now the frequent flyer at my own GP" is said of oneself; "our frequent flyer was back" is of a patient', () => {
    quiet('professionalism', 'I am now the frequent flyer at my own surgery. Third visit this month for one cough.');
    quiet('professionalism', 'I\'m basically a frequent flyer at the walk-in centre at this point lol');
    raises('professionalism', 'Our frequent flyer was back in resus again tonight.');
  });
  it('"no good human evidence that it reverses ageing" debunks the claim it names', () => {
    quiet('unsubstantiated-claim', 'There is no good human evidence that a glutathione drip reverses ageing or clears brain fog.');
    raises('unsubstantiated-claim', 'Our glutathione drip reverses ageing and clears brain fog. Book now.');
  });
});

describe('unsubstantiated-claim: claims on a cause, results after a relative clause, cures in hashtags', () => {
  it('a product said to remove, feed or sit behind a condition\'s cause claims to treat it; a doctor naming a cause does not', () => {
    raises('unsubstantiated-claim', 'The Purewave ionizer neutralises the acid that feeds tumours. Free home demo, ask me.');
    raises('unsubstantiated-claim', 'Eczema is a gut problem, and our Calm Gut powder removes the cause. £29 a tub.');
    raises('unsubstantiated-claim', 'Wet cupping draws out the stale blood behind your headaches. Book your session today.');
    quiet('unsubstantiated-claim', 'Smoking is the main cause of lung cancer, and stopping is the best thing you can do.');
    quiet('unsubstantiated-claim', 'We still do not know what causes most migraines, and anyone selling a cure is guessing.');
  });
  it('a customer\'s condition "she had for years" now gone, credited to a product, is a result claimed; told of medicine, it is not', () => {
    raises('unsubstantiated-claim', 'A client told us the headaches she\'d had for 10 years are gone after three sessions of our reflexology.');
    quiet('unsubstantiated-claim', 'After surgery and six months of chemotherapy, the tumour she had for two years has gone into remission.');
  });
  it('a cure in a hashtag, in a post that sells, is a claim; a wellbeing hashtag is not', () => {
    raises('unsubstantiated-claim', 'My kernels are back in the shop, link in bio 🌿 #cancerhealing #naturalliving');
    raises('unsubstantiated-claim', 'Sea moss gel, £18 a jar, DM to order #reversediabetes');
    quiet('unsubstantiated-claim', 'Sea moss gel, £18 a jar, DM to order #healthyeating #selfcare #healingjourney');
  });
  it('toxins "pulled out" by foot pads are a detox claim; a kidney that filters toxins is physiology', () => {
    raises('unsubstantiated-claim', 'Look how dark the pad is: those are the toxins your feet pulled out overnight. 30 pads £12.99.');
    quiet('unsubstantiated-claim', 'Your kidneys filter waste from your blood every minute of the day.');
  });
});

describe('professionalism: disgust, desire, a pile-on, illness wished, a hazard on legs', () => {
  it('disgust in emoji at people in a post about patients is a sneer; at a bug, or at the reader\'s own, it is not', () => {
    raises('professionalism', 'Night shift smell report: bay 3, a gentleman who has never met a bar of soap 🤮');
    raises('professionalism', 'Some people in resus tonight genuinely think deodorant is optional 🤢');
    quiet('professionalism', 'Norovirus season is here 🤢 Wash your hands with soap and water, and stay off work until you have been free of vomiting for 48 hours.');
    quiet('professionalism', 'Theatre coffee machine has started making something that tastes like drain water 🤢');
  });
  it('a patient made an object of desire is a finding; "fit" said of health is not', () => {
    raises('professionalism', 'The hot patient in cubicle 2 tonight 😏 could suture him all night tbh');
    quiet('professionalism', 'Fit enough to go home: the lad in cubicle 2 was discharged with a sling and advice.');
  });
  it('a call to readers to go after a named person is harassment; a call to give feedback to a body is not', () => {
    raises('professionalism', 'Her name is Dana Whitlow and her Instagram is public 👇 Let her know what you think of people who lie about nurses.');
    quiet('professionalism', 'The trust wants to hear from patients about the new car park: fill in the survey and let them know what you think.');
  });
  it('illness or resus wished on someone is a wish of harm; hoping no one catches it is not', () => {
    raises('professionalism', 'Honestly, I hope you catch it yourself and end up in resus. Then we will talk about natural immunity.');
    quiet('professionalism', 'I hope none of you catch it this winter: the booster clinic is open until Friday.');
  });
  it('"a walking Datix" said of a named colleague is an insult; a Datix filed is not', () => {
    raises('professionalism', 'Honestly Dr Ray Fenwick is a walking Datix. Sit down, grandad.');
    quiet('professionalism', 'Filed a Datix about the broken walking frame on ward 7 today.');
  });
});

describe('personal-advice: replies announced in other ways, doses in other words, photos asked for by a team', () => {
  const advice = 'Sorry you are having a rough week. I\'d just go up to 100mg of your sertraline for a few weeks.';
  it('a reply to one person: "Replying to @x" on its own line, a u/name, a note and then "@x asked:"', () => {
    raises('personal-advice', `Replying to @ellie_writes\n\n${advice}`);
    raises('personal-advice', 'u/sleepy_otter you said you have leftover amoxicillin, take 2 of those 3x a day until Monday.');
    raises('personal-advice', '*From my live Q&A*\n\n@shiv.b asked: "is it ok to stay on my pill after a clot?"\n\nNo, stop it tonight and switch to the mini pill.');
  });
  it('the same words to everyone, or a doctor\'s own story, are not a reply', () => {
    quiet('personal-advice', 'Some people find their sertraline dose needs to go up over time; that is a conversation with your GP.');
    quiet('personal-advice', '*From my live Q&A*\n\nThanks to everyone who joined. Next week: hay fever, and when to see your GP.');
  });
  it('a team that will judge a photo sent to it invites one person\'s details; a photo sent to your GP is signposting', () => {
    raises('personal-advice', 'Rashes or bites? Just reply to this message with a clear photo and our pharmacist will tell you what it is.');
    quiet('personal-advice', 'If a rash is spreading, send a clear photo to your GP practice through their online form.');
  });
});

describe('three more false alarms a new blind set showed', () => {
  it('"Shameless plug" is the writer owning up to promotion, not contempt; a shameless colleague is contempt', () => {
    quiet('professionalism', 'Shameless plug but we set up Brightpath in Douglas for exactly this: a proper team, assessment within 6 weeks.');
    raises('professionalism', 'That locum is a shameless liar and everyone on the ward knows it.');
  });
  it('"a joke about a patient" is the act of joking; "the disabled bay lot are a joke" is contempt', () => {
    quiet('professionalism', 'If you have ever made a "miracle in the disabled bay" joke about a patient, please do not make another one.');
    raises('professionalism', 'Wheelchair users who stand up at the vending machine are a joke, every single one of them.');
  });
  it('\'DM me "FOCUS" and I\'ll send the details\' offers to send, and asks for nothing', () => {
    quiet('personal-advice', 'DM me "FOCUS" and I\'ll send the details.');
    raises('personal-advice', 'DM me a photo of the rash and I\'ll tell you what it is.');
  });
});

describe('unsubstantiated-claim: a bare "miracle" is a claim only in a draft that sells', () => {
  it('"another miracle in outpatients" with nothing sold is a figure of speech; "It\'s a MIRACLE" under a serum\'s name is a claim', () => {
    quiet('unsubstantiated-claim', 'Another miracle in outpatients today, praise be 🙌\n\nA "wheelchair user" walked to the vending machine.');
    raises('unsubstantiated-claim', 'GlowLab sent me their retinol serum a few weeks back.\n\nGirls. It\'s a MIRACLE.');
    raises('unsubstantiated-claim', 'Our new miracle cream is back in stock, £24.');
  });
});

describe('workplace-content: a pharmacy\'s and a surgery\'s records in a described photo', () => {
  it('labelled dosette boxes in the dispensary, or today\'s clinic list on the screen, may be in shot; an empty bench before opening is not', () => {
    raises('workplace-content', '[photo: me in the dispensary, labelled dosette boxes and bagged prescriptions behind me]\n\nSunday catch-up done ✅');
    raises('workplace-content', '[photo: my desk, the couch and today\'s clinic list open on the screen]\n\nNew room!');
    quiet('workplace-content', '[photo: me at the empty dispensary bench before we open, no bags, boxes or labels in shot]\n\nNew week, clear bench.');
  });
});

describe('credentials: a nurse\'s qualification claimed beyond the stated role', () => {
  const advice = 'Antibiotics do nothing for most coughs, so rest, fluids and honey, and see your GP if it lasts three weeks.';
  it('"speaking as a nurse" from a healthcare assistant overstates; from a registered nurse, or "the nurses here", it does not', () => {
    raises('credentials', `---\ncredentials: healthcare assistant (HCA), care home\n---\n${advice} Speaking as a nurse with 12 years on the frontline, trust me.`);
    quiet('credentials', `---\nauthor: Jo Reid\ncredentials: registered nurse, care home\n---\n${advice} Speaking as a nurse with 12 years on the frontline, trust me.`);
    quiet('credentials', `---\nauthor: Jo Reid\ncredentials: healthcare assistant (HCA), care home\n---\n${advice} Ask the nurses here if you are not sure.`);
  });
});

describe('confidentiality: one of a pharmacy\'s own customers', () => {
  it('"one of our favourite customers" named, in hospital since a fall, is a patient identified; "our customers" in general are not one person', () => {
    raises('confidentiality', 'Get well soon to one of our favourite customers, Mrs Nora Keane, who is in St Brendan\'s General since her fall on Tuesday.');
    quiet('confidentiality', 'Our customers in Tralee can now collect prescriptions on Saturdays since Tuesday.');
  });
});

describe('professionalism: contempt for a religious group named as its members call themselves', () => {
  it('"Jehovah\'s Witnesses are cult brain rot" is contempt for a group; caring for one who declined blood is not; one\'s own "brain rot" is no one\'s', () => {
    raises('professionalism', 'Jehovah\'s Witnesses are cult brain rot, every single one of them.');
    quiet('professionalism', 'We looked after a Jehovah\'s Witness today who declined blood, and we respected her decision.');
    quiet('professionalism', 'Doomscrolling again, my brain rot is terminal lol');
  });
});

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
  ])('self-identification %s lifts it', (_how, text) => {
    quiet('credentials', text);
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

// The call to act as a grammar: a verb where a command stands, and what it acts on. Sentences of
// our own, in forms the call lists never held.
import { describe, expect, it } from 'vitest';
import { findCalls } from '../../rules/src/context/calls.js';

const calls = (text: string) => findCalls(text).map((c) => `${c.object}: ${c.text}`);

describe('a call to act', () => {
  it.each([
    ['a verb of starting with now', 'Weekly support, real doctors. Start today with our online clinic.', 'sells: Start today with our online clinic'],
    ['a verb of buying with an adverb', 'Order online before 2pm for next-day delivery.', 'sells: Order online'],
    ['a thing bought, after emoji', '✨ Book your consultation for March ✨', 'sells: Book your consultation for March'],
    ['the seller', 'Thinning hair? Speak to our prescribers this week.', 'sells: Speak to our prescribers this week'],
    ['a visit to the seller', 'Sunny day 🌞 Pop in to our Hove studio on your way past.', 'sells: Pop in to our Hove studio'],
    ['"us" in the verb', 'Questions about lip treatments? Just give us a ring.', 'sells: give us a ring'],
    ['a pronoun for the thing sold, after "so"', 'Only six left, so grab one while you can.', 'sells: grab one while you can'],
    ['a frame whose point is the command', 'Five reasons to book a session before summer', 'sells: book a session before summer'],
    ['a command joined to another', 'Walk in or order online, whichever suits.', 'sells: order online'],
  ])('%s', (_what, text, call) => {
    // The call's span runs from its verb through up to five words of its object.
    expect(calls(text).some((c) => c.startsWith(call)), calls(text).join('; ')).toBe(true);
  });

  it('a verb of getting with any other object is kept bare, for the medicines to decide', () => {
    expect(calls('Time to get your Dysport sorted for the holidays.')).toEqual(['bare: get your Dysport sorted']);
  });

  it.each([
    ['a statement, not a command', 'We started the clinic in 2019 and book most people within a week.'],
    ['a public service', 'Book your flu jab through the NHS App or call the surgery.'],
    ['care with a GP', 'Book a routine appointment with your GP to talk it through.'],
    ['a check-up', 'Get your blood pressure checked at a pharmacy; book your smear test if it is due.'],
    ['advice on when to seek care', 'If you have chest pain on exertion, book an appointment soon.'],
    ['a habit', 'Start a walking habit: ten minutes after lunch counts.'],
    ['joining a team', 'Join our team of nurses on the children’s ward.'],
  ])('none in %s', (_what, text) => {
    expect(findCalls(text).filter((c) => c.object === 'sells')).toEqual([]);
  });
});

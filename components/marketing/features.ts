export const channelFeatures = [
  { id: 'instagram', title: 'Instagram DMs and comments', body: 'Answer DMs, story replies and mentions, and reply to comments publicly or privately — all in one thread view.' },
  { id: 'messenger', title: 'Facebook Messenger', body: 'Every Page conversation in the same shared inbox, with Meta’s 24-hour window and human-agent rules handled for you.' },
  { id: 'whatsapp', title: 'WhatsApp Business', body: 'Connect a number with Embedded Signup, reply inside the service window and fall back to approved templates after it.' },
  { id: 'ai', title: 'An AI assistant in your voice', body: 'Grounded in your products, offers and documents. It drafts for approval or sends on its own, and hands over when a human is needed.' },
] as const;

export const steps = [
  { title: 'Connect your accounts', body: 'Log in with Meta once per channel. Tokens are encrypted at rest and never leave the server.' },
  { title: 'Teach the agent', body: 'Add instructions, products, offers and knowledge files. Try it in the playground before it talks to anyone.' },
  { title: 'Work one inbox', body: 'Your team sees every conversation live, approves drafts, takes over from the AI and hands back when done.' },
] as const;

export const agentPoints = [
  'Draft mode: every reply waits for a person to approve, edit or discard it.',
  'Auto-send mode for the questions it answers well, with a human hand-over for the rest.',
  'Answers only from what you taught it: products, offers, policies and files.',
  'Your conversations are never used to train AI models.',
] as const;

export const faqs = [
  { q: 'Does the AI send messages on its own?', a: 'Only if you choose auto-send. In draft mode every reply waits for an operator to approve, edit or discard it.' },
  { q: 'Is our data used to train AI models?', a: 'No. Conversation content is sent to the model provider only to produce a reply, and never used for training.' },
  { q: 'What happens when a customer asks for a person?', a: 'The agent hands the conversation to your team, flags it as needing a human and stops replying until you hand it back.' },
  { q: 'Which accounts can I connect?', a: 'Instagram professional accounts, Facebook Pages and WhatsApp Business numbers — as many as your plan includes.' },
  { q: 'How long is the free trial?', a: '14 days with every feature and no card. Pick a plan when it ends: until you do, incoming messages are still saved but sending replies pauses.' },
] as const;

export const channelFeatures = [
  { title: 'Instagram DMs and comments', body: 'Answer DMs, story replies and mentions, and turn comments into private replies without leaving one thread view.' },
  { title: 'Facebook Messenger', body: 'Every Page conversation in the same shared inbox, with the 24-hour window and human-agent rules handled for you.' },
  { title: 'WhatsApp Business', body: 'Connect a number through Embedded Signup, reply inside the service window and fall back to approved templates after it.' },
  { title: 'An AI agent in your voice', body: 'Grounded in your products, offers and documents. It drafts for approval or sends on its own, and hands over when a human is needed.' },
] as const;

export const steps = [
  { title: 'Connect your accounts', body: 'Log in with Meta once per channel. Tokens are encrypted at rest and never leave the server.' },
  { title: 'Teach the agent', body: 'Add instructions, products, offers and knowledge files. Try it in the playground before it talks to anyone.' },
  { title: 'Work one inbox', body: 'Your team sees every conversation live, approves drafts, takes over from the AI and hands back when done.' },
] as const;

export const faqs = [
  { q: 'Does the AI send messages on its own?', a: 'Only if you choose auto-send. In draft mode every reply waits for an operator to approve, edit or discard it.' },
  { q: 'Is our data used to train AI models?', a: 'No. Conversation content is sent to the model provider you choose only to produce a reply, and never used for training.' },
  { q: 'What happens when a customer asks for a person?', a: 'The agent hands the conversation to your team, flags it as needing a human and stops replying until you hand it back.' },
] as const;

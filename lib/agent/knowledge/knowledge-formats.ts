// What an owner may upload to the knowledge base. Shown on the page and enforced at upload
// (bytes) and while indexing (text), so the two never disagree. No server imports: the upload
// form uses it too.

export const knowledgeFormats = ['pdf', 'docx', 'csv', 'txt', 'md'] as const;
export type KnowledgeFormat = (typeof knowledgeFormats)[number];

export const knowledgeFormatInfo: Record<KnowledgeFormat, { label: string; mimeType: string; extensions: string[] }> = {
  pdf: { label: 'PDF', mimeType: 'application/pdf', extensions: ['pdf'] },
  docx: { label: 'Word', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  csv: { label: 'CSV', mimeType: 'text/csv', extensions: ['csv'] },
  txt: { label: 'Text', mimeType: 'text/plain', extensions: ['txt', 'text'] },
  md: { label: 'Markdown', mimeType: 'text/markdown', extensions: ['md', 'markdown'] },
};

export const supportedFormatsSentence = 'PDF (.pdf), Word (.docx), CSV (.csv), text (.txt) or Markdown (.md)';
/** For the file picker's accept attribute. */
export const knowledgeAccept = '.pdf,.docx,.csv,.txt,.text,.md,.markdown,application/pdf,text/csv,text/plain,text/markdown';

/** Beyond this the agent's index is mostly noise for one file; split big documents instead. */
export const maxKnowledgeChars = 2_000_000;

export const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;

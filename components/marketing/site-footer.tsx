export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-500 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>© {new Date().getFullYear()} Relaydesk</p>
        <p>AI-assisted inbox for Instagram, Messenger and WhatsApp.</p>
      </div>
    </footer>
  );
}

'use client';
// Records a voice message with MediaRecorder: record → stop (preview) → use, or cancel at any
// point. A level meter shows the microphone is live; the result goes through the normal upload.
import { useEffect, useRef, useState } from 'react';
import { pickRecorderMimeType, recordingFileName } from '@/lib/inbox/pick-recorder-mime-type';
import { formatClock } from '@/lib/inbox/format-window-countdown';

type Phase = { name: 'idle' } | { name: 'recording'; startedAt: number } | { name: 'preview'; file: File; url: string; seconds: number };
const MAX_SECONDS = 5 * 60;

export function VoiceRecorder({ onRecorded, onError, disabled }: { onRecorded: (file: File) => void; onError: (message: string) => void; disabled?: boolean }) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [elapsed, setElapsed] = useState(0);
  const [level, setLevel] = useState(0);
  const recorder = useRef<MediaRecorder | null>(null);
  const cleanup = useRef<() => void>(() => {});
  const discard = useRef(false);

  useEffect(() => () => cleanup.current(), []);

  async function start() {
    if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) return onError('This browser cannot record audio. Attach an audio file instead.');
    const picked = pickRecorderMimeType((t) => MediaRecorder.isTypeSupported(t));
    if (picked.mimeType === null) return onError(picked.reason);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      const denied = error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError');
      return onError(denied
        ? 'Microphone access is blocked. Allow the microphone for this site in your browser settings, then try again.'
        : 'No microphone was found, or it is in use by another app.');
    }
    const mimeType = picked.mimeType;
    const chunks: Blob[] = [];
    const rec = new MediaRecorder(stream, { mimeType });
    const audio = new AudioContext();
    const analyser = audio.createAnalyser();
    analyser.fftSize = 256;
    audio.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.frequencyBinCount);
    const startedAt = Date.now();
    const tick = setInterval(() => {
      analyser.getByteTimeDomainData(samples);
      let peak = 0;
      for (const s of samples) peak = Math.max(peak, Math.abs(s - 128) / 128);
      setLevel(peak);
      const seconds = Math.floor((Date.now() - startedAt) / 1000);
      setElapsed(seconds);
      if (seconds >= MAX_SECONDS && rec.state === 'recording') rec.stop();
    }, 100);
    cleanup.current = () => {
      clearInterval(tick);
      stream.getTracks().forEach((t) => t.stop());
      void audio.close().catch(() => {});
      if (rec.state !== 'inactive') rec.stop();
    };
    discard.current = false;
    rec.ondataavailable = (event) => { if (event.data.size) chunks.push(event.data); };
    rec.onstop = () => {
      cleanup.current();
      if (discard.current) return setPhase({ name: 'idle' });
      const blob = new Blob(chunks, { type: mimeType });
      const file = new File([blob], recordingFileName(mimeType, new Date()), { type: mimeType });
      setPhase({ name: 'preview', file, url: URL.createObjectURL(blob), seconds: Math.max(1, Math.round((Date.now() - startedAt) / 1000)) });
    };
    recorder.current = rec;
    rec.start(250);
    setElapsed(0);
    setPhase({ name: 'recording', startedAt });
  }

  function stop() { recorder.current?.stop(); }
  function cancel() {
    discard.current = true;
    if (recorder.current?.state === 'recording') recorder.current.stop();
    if (phase.name === 'preview') URL.revokeObjectURL(phase.url);
    setPhase({ name: 'idle' });
  }
  function use() {
    if (phase.name !== 'preview') return;
    onRecorded(phase.file);
    URL.revokeObjectURL(phase.url);
    setPhase({ name: 'idle' });
  }

  const button = 'rounded-md px-2.5 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-brand-600';
  if (phase.name === 'idle') {
    return (
      <button type="button" onClick={start} disabled={disabled} className="rounded-md p-2 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40">
        <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor"><path d="M10 2a3 3 0 0 0-3 3v5a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3Z" /><path d="M5 9.5a.75.75 0 0 0-1.5 0 6.5 6.5 0 0 0 5.75 6.46V18h-2a.75.75 0 0 0 0 1.5h5.5a.75.75 0 0 0 0-1.5h-2v-2.04A6.5 6.5 0 0 0 16.5 9.5a.75.75 0 0 0-1.5 0 5 5 0 0 1-10 0Z" /></svg>
        <span className="sr-only">Record a voice message</span>
      </button>
    );
  }
  return (
    <div role="group" aria-label="Voice message" className="order-first flex basis-full flex-wrap items-center gap-2 rounded-lg bg-slate-50 px-2 py-1.5 ring-1 ring-slate-200">
      {phase.name === 'recording' ? (
        <>
          <span aria-hidden className="h-2.5 w-2.5 animate-pulse rounded-full bg-red-600" />
          <span className="text-sm font-semibold tabular-nums text-slate-900" role="timer" aria-live="off">{formatClock(elapsed)}</span>
          <span className="sr-only" role="status">Recording</span>
          <meter min={0} max={1} value={level} aria-label="Microphone level" className="h-2 w-24" />
          <span className="flex-1" />
          <button type="button" onClick={cancel} className={`${button} text-slate-700 hover:bg-slate-200`}>Cancel</button>
          <button type="button" onClick={stop} className={`${button} bg-red-600 text-white hover:bg-red-700`}>Stop</button>
        </>
      ) : (
        <>
          <audio controls src={phase.url} className="h-9 max-w-full flex-1" aria-label="Preview of the voice message" />
          <button type="button" onClick={cancel} className={`${button} text-slate-700 hover:bg-slate-200`}>Discard</button>
          <button type="button" onClick={use} className={`${button} bg-brand-600 text-white hover:bg-brand-700`}>Attach ({phase.seconds}s)</button>
        </>
      )}
    </div>
  );
}

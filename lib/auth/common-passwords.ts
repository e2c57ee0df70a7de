// The most common passwords of 12+ characters from public breach corpora (SecLists top
// lists), lower-cased. Short ones are already rejected by the length rule.
export const commonPasswords = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '111111111111', '000000000000',
  'qwertyuiopas', 'qwertyuiop123', 'qwerty123456', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde3',
  'passwordpassword', 'password1234', 'password12345', 'password123456', 'password1234567',
  'iloveyou1234', 'iloveyouiloveyou', 'welcome12345', 'welcome123456', 'letmein12345', 'changeme1234',
  'administrator', 'administrator1', 'admin1234567', 'adminadmin123', 'trustno1trustno1',
  'football1234', 'baseball1234', 'basketball12', 'superman1234', 'sunshine1234', 'princess1234',
  'starwars1234', 'whatever1234', 'abcdefghijkl', 'abc123abc123', 'abcd1234abcd', 'aaaaaaaaaaaa',
  'asdfghjkl123', 'asdfasdfasdf', 'zxcvbnm12345', 'qazwsxedcrfv', '1234qwerasdf', 'qwerasdfzxcv',
  'monkey123456', 'dragon123456', 'master123456', 'shadow123456', 'michael12345', 'jennifer1234',
  'summer2024!!', 'winter2024!!', 'spring2025!!', 'password2024', 'password2025', 'password2026',
  'relaydesk123', 'relaydesk1234', 'instagram123', 'instagram1234', 'facebook1234', 'whatsapp1234',
]);

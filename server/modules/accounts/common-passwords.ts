// Passwords refused however long they are: the most common ones of 10 or more characters in public breach
// corpora (shorter ones are already refused by length), and common words padded with digits or symbols.
export const COMMON_PASSWORDS: readonly string[] = [
  '1234567890', '0123456789', '0987654321', '9876543210', '1111111111', '0000000000', '1234512345', '1122334455',
  '1234567891', '12345678910', '123456789a', 'a123456789', '123456789q', 'q123456789', '1q2w3e4r5t', '1q2w3e4r5t6y',
  '1qaz2wsx3edc', 'qwertyuiop', 'qwertyuiop1', 'qwerty12345', 'qwerty123456', 'qwertyuiop123', 'asdfghjkl1',
  'asdfghjkl;', 'zxcvbnm123', 'zxcvbnm,./', 'qazwsxedc123', 'qazwsxedcrfv', '1qazxsw23edc', 'zaq12wsxcde3',
  'password12', 'password123', 'password1234', 'password12345', 'password!!', 'password01', 'passw0rd123',
  'p@ssw0rd123', 'p@ssword123', 'passwordpassword', 'mypassword', 'mypassword1', 'newpassword', 'changeme123',
  'iloveyou12', 'iloveyou123', 'iloveyou1234', 'iloveyou!!', 'loveyou123', 'sunshine12', 'sunshine123',
  'princess12', 'princess123', 'football12', 'football123', 'baseball12', 'baseball123', 'basketball',
  'basketball1', 'basketball123', 'superman123', 'batman12345', 'starwars123', 'pokemon1234', 'michael123',
  'jennifer123', 'jessica123', 'charlie123', 'welcome123', 'welcome1234', 'welcome2020', 'welcome2021',
  'welcome2022', 'welcome2023', 'welcome2024', 'welcome2025', 'welcome2026', 'admin12345', 'admin123456',
  'administrator', 'administrator1', 'letmein123', 'letmein1234', 'trustno1234', 'monkey1234', 'dragon1234',
  'master12345', 'shadow1234', 'abcdefghij', 'abcdefg123', 'abcd123456', 'abc1234567', 'abcabcabc123',
  'aaaaaaaaaa', 'aaaaaa1111', 'asdasdasd123', 'qweqweqwe123', 'qwe123qwe123', 'q1w2e3r4t5', 'q1w2e3r4t5y6',
  'a1b2c3d4e5', '1a2b3c4d5e', 'computer123', 'internet123', 'whatever123', 'football2024', 'liverpool123',
  'chelsea1234', 'arsenal1234', 'manchester', 'manchesterunited', 'hongkong123', 'hongkong1234', 'hongkong852',
  'iloveyouhk', 'cantonese123', 'kowloon1234', 'wanchai1234', 'samsung1234', 'iphone12345', 'google12345',
  'facebook123', 'instagram123', 'microsoft123', 'linkedin123', 'minecraft123', 'fortnite123', 'cheese1234',
  'chocolate1', 'chocolate123', 'butterfly123', 'elephant123', 'sweetheart', 'sweetheart1', 'babygirl123',
  'lovelove123', 'lovely1234', 'beautiful1', 'beautiful123', 'christmas1', 'christmas123', 'happiness1',
  'happy12345', 'summer2024', 'summer2025', 'winter2024', 'spring2024', 'autumn2024', 'january2024',
  'monday12345', 'letmein!!!', 'secret12345', 'secret123456', 'security123', 'default123', 'guest12345',
  'user123456', 'test123456', 'testing123', 'testtest123', 'demo123456', 'login12345', 'temp123456',
  'service123', 'support123', 'system1234', 'oracle1234', 'database123', 'server1234', 'root123456',
  'abcdef123456', 'qwertyqwerty', 'asdfasdfasdf', 'passpass123', 'wordpass123', '11223344556',
  '1234qwerasdf', '1234qwer!@#$', 'qwer1234asdf', '!qaz2wsx#edc', '!@#$%^&*()', '!q2w3e4r5t',
  '123qweasdzxc', 'zxcasdqwe123', '147258369a', '1472583690', '159753456852', '7894561230', '7777777777',
  '9999999999', '8888888888', '5555555555', '6666666666', '1212121212', '1231231231', '1234554321',
  '0000011111', '1357924680', '2468135790', '5201314520', '1314520520', '5211314520', 'woaini1314',
  'woaini520520', 'aa12345678', 'aa123456789', 'qq123456789', 'a12345678910', 'zz12345678', 'abc12345678',
];

/** Words that are weak with any number of digits or symbols around them ("Password2024!"). */
export const COMMON_WORDS: readonly string[] = [
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'qwerty', 'qwertyuiop', 'iloveyou', 'welcome', 'letmein', 'admin',
  'administrator', 'monkey', 'dragon', 'football', 'baseball', 'sunshine', 'princess', 'master', 'shadow', 'superman',
  'trustno1', 'abc', 'abcdef', 'abcdefg', 'aibridge', 'hongkong', 'changeme', 'secret', 'login', 'test', 'guest',
];

import admin from './admin.json'
import app from './app.json'
import cosa from './cosa.json'
import cosaCircle from './cosa-circle.json'
import cosaSupervision from './cosa-supervision.json'
import enums from './enums.json'
import mappaMeeting from './mappa-meeting.json'

// One catalogue per locale, split by area so files stay small; keys must match across locales (catalogue.test.ts).
const messages = { ...app, ...enums, ...admin, ...mappaMeeting, ...cosa, ...cosaCircle, ...cosaSupervision }
export default messages

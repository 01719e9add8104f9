import admin from './admin.json'
import app from './app.json'
import cosa from './cosa.json'
import cosaCircle from './cosa-circle.json'
import cosaSupervision from './cosa-supervision.json'
import diary from './diary.json'
import enforcementRules from './enforcement-rules.json'
import enums from './enums.json'
import iom from './iom.json'
import mappaMeeting from './mappa-meeting.json'
import partners from './partners.json'
import pathways from './pathways.json'
import record from './record.json'
import caseload from './caseload.json'
import sentences from './sentences.json'

// One catalogue per locale, split by area so files stay small; keys must match across locales (catalogue.test.ts).
const areas = [pathways, partners, iom, enforcementRules, diary, sentences, record, caseload]
// Each area keeps its own validation messages; they join the shared "validation" namespace.
const validation = Object.assign({}, app.validation, ...areas.map((a) => a.validation))
const messages = { ...app, ...enums, ...admin, ...mappaMeeting, ...cosa, ...cosaCircle, ...cosaSupervision, ...Object.assign({}, ...areas), validation }
export default messages

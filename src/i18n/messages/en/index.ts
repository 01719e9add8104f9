import admin from './admin.json'
import app from './app.json'
import auditView from './audit-view.json'
import breakGlass from './break-glass.json'
import caseload from './caseload.json'
import cosa from './cosa.json'
import cosaCircle from './cosa-circle.json'
import cosaRota from './cosa-rota.json'
import cosaRotaFixes from './cosa-rota-fixes.json'
import cosaGaps from './cosa-gaps.json'
import cosaSupervision from './cosa-supervision.json'
import diary from './diary.json'
import enforcementRules from './enforcement-rules.json'
import enums from './enums.json'
import events from './events.json'
import iom from './iom.json'
import jobs from './jobs.json'
import mappaChair from './mappa-chair.json'
import mappaGaps from './mappa-gaps.json'
import mappaMeeting from './mappa-meeting.json'
import mappaRegister from './mappa-register.json'
import outcomes from './outcomes.json'
import outcomesSchemes from './outcomes-schemes.json'
import outcomesMore from './outcomes-more.json'
import partners from './partners.json'
import pathways from './pathways.json'
import record from './record.json'
import rolesArea from './roles.json'
import search from './search.json'
import security from './security.json'
import sentences from './sentences.json'
import totp from './totp.json'

// One catalogue per locale, split by area so files stay small; keys must match across locales (catalogue.test.ts).
const areas = [pathways, partners, iom, enforcementRules, diary, sentences, rolesArea, record, caseload, outcomes, mappaChair, cosaRota, outcomesSchemes, cosaRotaFixes, mappaGaps, cosaGaps, breakGlass, jobs, totp, outcomesMore]
// Each area keeps its own validation messages; they join the shared "validation" namespace.
const validation = Object.assign({}, app.validation, ...areas.map((a) => a.validation))
const messages = { ...app, ...enums, ...events, ...admin, ...mappaMeeting, ...mappaRegister, ...cosa, ...cosaCircle, ...cosaSupervision, ...auditView, ...search, ...security, ...Object.assign({}, ...areas), validation }
export default messages

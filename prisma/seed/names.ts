// Fictional names: common Welsh and British forenames and surnames, combined at random.
export const maleNames = ['Rhys', 'Dafydd', 'Gareth', 'Owain', 'Iwan', 'Huw', 'Gethin', 'Aled', 'Emyr', 'Tomos', 'Jack', 'Liam', 'Ryan', 'Kyle', 'Connor', 'Daniel', 'Jordan', 'Lewis', 'Callum', 'Dylan', 'Mark', 'Stephen', 'Craig', 'Darren', 'Jason', 'Ieuan', 'Steffan', 'Carwyn', 'Bryn', 'Alun']
export const femaleNames = ['Cerys', 'Ffion', 'Seren', 'Lowri', 'Megan', 'Sian', 'Nia', 'Carys', 'Bethan', 'Angharad', 'Chloe', 'Jade', 'Kelly', 'Leanne', 'Amy', 'Hannah', 'Rachel', 'Gemma', 'Tanya', 'Eleri']
export const surnames = ['Jones', 'Williams', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Lewis', 'Hughes', 'Morgan', 'Griffiths', 'Edwards', 'Owen', 'Price', 'Jenkins', 'Powell', 'Rees', 'Parry', 'Lloyd', 'Pritchard', 'Bowen', 'Howells', 'Pugh', 'Probert', 'Vaughan', 'Meredith', 'Gwilliam', 'Llewellyn', 'Prosser', 'Watkins', 'Phillips', 'Harries', 'Morris', 'Bevan', 'Jarvis', 'Walters', 'Cadwaladr', 'Tudor', 'Rowlands', 'Ellis', 'Humphreys']
export const streets = ['Heol y Parc', 'High Street', 'Station Road', 'Ffordd y Brenin', 'Church Street', 'Clos yr Eglwys', 'Park Avenue', 'Stryd Fawr', 'Mill Lane', 'Heol Newydd', 'Victoria Road', 'Maes y Coed']
export const offences = [
  'Burglary (dwelling)',
  'Theft from a shop',
  'Assault occasioning actual bodily harm',
  'Wounding with intent (s.18)',
  'Robbery',
  'Possession with intent to supply class A drugs',
  'Controlling or coercive behaviour',
  'Breach of a restraining order',
  'Sexual assault',
  'Making indecent images of children',
  'Aggravated vehicle taking',
  'Affray',
  'Arson reckless as to whether life endangered',
  'Fraud by false representation',
]
export const caseNotes = [
  'Reported on time. Discussed progress with the sentence plan and employment search.',
  'Home visit completed. Address suitable; no concerns raised by household members.',
  'Telephone check-in. Says drug use has reduced; test booked with the treatment service.',
  'Discussed triggers for offending and the relapse-prevention plan. Engaged well.',
  'Did not attend. Letter sent asking for an explanation within five working days.',
  'Explained absence with a GP appointment letter; accepted as an acceptable absence.',
  'Housing officer confirmed tenancy offer; move-in date agreed.',
  'Partner update: attending group sessions at the recovery service and punctual.',
  'Completed unpaid work session at the community garden; supervisor positive.',
  'Concerns about new relationship discussed; disclosure considerations noted for the manager.',
]
export const partnerNotes = [
  'Police: intelligence check completed, no new information of concern.',
  'Police: seen in town centre with known associates; advice given.',
  'Recovery service: keyworker session attended, care plan reviewed.',
  'Jobcentre Plus: work coach appointment attended, CV updated.',
]

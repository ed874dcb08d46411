signpostSearch.entries(0,[
["guides/concerns/making-a-complaint/","Making a complaint","How to make a formal complaint, and what happens next: \"write to us\" \u0026 \u003cit's free\u003e.","Concerns and complaints",0],
["guides/concerns/raising-a-concern/","Raising a concern","How to tell us about a worry so we can put it right.","Concerns and complaints",0],
["accessibility/","Accessibility statement","How accessible this website is, and how to report a problem.","",0],
["easy-read/concerns/making-a-complaint/","Making a complaint","How to tell us you are not happy. Easy read.","Easy read",0],
["services/emergency-department/","Emergency department (A\u0026E)","For life-threatening illness and injury. In an emergency, call 999.","Service: Urgent and emergency care",0],
["services/night-pharmacy/","Night pharmacy","Medicines to take home, late in the evening \u0026 at night.","Service: Clinical services",0],
["services/pals/","Patient Advice and Liaison Service (PALS)","Confidential help with concerns about care, and with compliments and complaints.","Service: Help and advice",0]]);

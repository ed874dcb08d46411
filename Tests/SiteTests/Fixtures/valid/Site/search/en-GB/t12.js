signpostSearch.piece(12,[
["happens",1,[0,6]],
["happy",1,[3,3]],
["hearing",1,[6,1]],
["help",3,[1,4,2,1,3,11]],
["home",1,[5,6]],
["hospital",2,[2,1,1,1]],
["how",5,[0,10,1,6,1,6,1,5,3,1]]]);

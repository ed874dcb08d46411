signpostSearch.piece(15,[
["late",1,[5,6]],
["liaison",2,[3,1,3,12]],
["life",1,[4,6]],
["listen",1,[6,1]],
["looking",1,[1,1]],
["loop",1,[6,1]]]);

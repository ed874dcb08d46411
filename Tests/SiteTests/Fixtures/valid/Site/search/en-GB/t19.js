signpostSearch.piece(19,[
["pals",3,[1,2,2,1,3,12]],
["patient",2,[3,1,3,12]],
["pharmacy",1,[5,12]],
["polish",1,[6,1]],
["polski",1,[6,1]],
["problem",1,[2,10]],
["put",1,[1,6]]]);

signpostSearch.piece(16,[
["main",1,[6,2]],
["make",3,[0,6,1,1,5,1]],
["making",2,[0,12,3,6]],
["medicines",1,[5,6]],
["months",1,[0,1]]]);

signpostSearch.piece(8,[
["department",1,[4,12]],
["does",1,[1,1]]]);

signpostSearch.piece(3,[
["7946",2,[1,1,3,1]]]);

signpostSearch.piece(3,[
["7946",1,[1,1]]]);

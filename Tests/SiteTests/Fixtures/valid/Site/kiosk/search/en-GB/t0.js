signpostSearch.piece(0,[
["0000",1,[1,1]],
["020",1,[1,1]]]);

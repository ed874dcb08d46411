signpostSearch.manifest({"entries":7,"perFile":20,"pieces":["0","1","4","7","9","a","b","c","d","e","f","g","h","i","k","l","m","n","o","p","q","r","s","t","u","w","y","z","ا"]});

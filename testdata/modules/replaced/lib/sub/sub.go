package sub

const Name = "sub"

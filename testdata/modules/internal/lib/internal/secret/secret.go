package secret

const S = 21

export const title: string = 42

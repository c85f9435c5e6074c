/** How RW and RT numbers are written everywhere (chat, recaps, exports): two digits, "02". */
export const padArea = (n: number): string => String(n).padStart(2, "0");

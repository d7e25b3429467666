import {createContext, useContext} from 'react';
import {themeFor, type Theme} from './theme.js';

/** The theme for components, apart from theme.ts so the first frame, drawn before React loads, can read the theme too. */
export const ThemeContext = createContext<Theme>(themeFor(process.env));

export const useTheme = () => useContext(ThemeContext);

export const PLUGIN_ID = 'whatsapp-bot';
